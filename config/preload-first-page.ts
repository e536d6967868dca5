// index.html asks for the first page's code itself. Taro's router imports a page only once the app's own
// code has run, which on a slow network costs one more round trip before anything shows.
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compiler } from 'webpack';

export class PreloadFirstPage {
  /** `page` is the page's module path as the app's router imports it, e.g. "pages/index/index". */
  constructor(private readonly page: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('PreloadFirstPage', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstPage', (data) => {
        const initial = new Set<string>();
        for (const entry of compilation.entrypoints.values()) for (const file of entry.getFiles()) initial.add(file);
        const files = new Set<string>();
        for (const group of compilation.chunkGroups) {
          if (!group.origins.some((origin) => (origin.request ?? '').endsWith(this.page))) continue;
          for (const file of group.getFiles()) if (file.endsWith('.js') && !initial.has(file)) files.add(file);
        }
        const publicPath = String(compilation.outputOptions.publicPath ?? '');
        for (const file of files) {
          data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href: publicPath + file }));
        }
        return data;
      });
    });
  }
}
