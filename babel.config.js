// Taro's preset for the app build (tests and functions use swc and esbuild instead).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
