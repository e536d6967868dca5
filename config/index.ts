// Taro build configuration shared by the weapp and H5 builds.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import { PreloadFirstPage } from './preload-first-page';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'transport-open-gov',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Separate folders so a weapp build never overwrites the H5 one and vice versa.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    alias: {
      '@': path.join(root, 'src'),
      '#types': path.join(root, 'types'),
    },
    plugins: [],
    defineConstants: {},
    // The H5 build's service worker, served from the site root so it may control every page.
    copy: process.env.TARO_ENV === 'h5' ? { patterns: [{ from: 'src/pwa/sw.js', to: 'dist/h5/sw.js' }, { from: 'src/pwa/robots.txt', to: 'dist/h5/robots.txt' }], options: {} } : { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Webpack's persistent cache only for watch builds: a stale cache once produced a weapp build whose
    // staff chunk required a module no file defined (the weapp tests caught it). What ships is built clean.
    cache: { enable: process.argv.includes('--watch'), buildDependencies: { config: [__filename] } },
    mini: {
      // types/ lives outside src/ but is part of the app's code: compile it too.
      compile: { include: [path.join(root, 'types')] },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
    },
    h5: {
      compile: { include: [path.join(root, 'types')] },
      // React's own elements for View, Text, Button, Input, Image, ScrollView and Picker instead of Taro's
      // web components: on a slow phone the first screen is ready in about half the main-thread time.
      useHtmlComponents: true,
      webpackChain(chain, webpack) {
        // The app's own files get src/components/h5-components.tsx for @tarojs/components (Taro's packages keep theirs).
        const adapter = path.join(root, 'src/components/h5-components.tsx');
        chain.plugin('h5Components').use(webpack.NormalModuleReplacementPlugin, [
          /^@tarojs\/components$/,
          (resource: { request: string; contextInfo?: { issuer?: string } }) => {
            const issuer = resource.contextInfo?.issuer ?? '';
            if (issuer.startsWith(path.join(root, 'src')) && issuer !== adapter) resource.request = adapter;
          },
        ]);
        // Side-effect free, so a page asking for Picker gets Taro's Picker module itself, in that page's code:
        // the adapter passes the other components through without pulling them all into the first load.
        chain.module.rule('h5Components').test(adapter).set('sideEffects', false);
        // Code shared by pages goes into shared chunks once, instead of a copy in every page's chunk
        // (all pages' code: 1.4 MB instead of 6.7 MB); pieces under 20 KB are not worth a request of their own.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all', minSize: 20000 });
        chain.plugin('preloadFirstPage').use(PreloadFirstPage, ['pages/index/index']);
      },
      // Relative: the same build is served at the root and under the county portal's /portal/ (hash router).
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // index.html's inline script asks for the home feed's first page while the app's code is on its way.
      // The app's scripts at the end of the body, not deferred: nothing can show before they run anyway, and
      // so the first paint is counted where it really happens (after them), as a browser does.
      htmlPluginOption: { apiBase: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''), scriptLoading: 'blocking', inject: 'body' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
