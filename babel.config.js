// Taro's preset for the app build (tests and functions use swc and esbuild instead).
// The H5 build is opened in WeChat's built-in browser and phones' own browsers: WeChat's XWeb/X5 are
// Chromium 70 or newer and it requires iOS 12 or newer, so the H5 code keeps native classes, arrow
// functions and async functions instead of the preset's iOS 9 output (smaller, and less script to run
// before the first paint). The weapp build keeps the preset's targets.
const h5 = process.env.TARO_ENV === 'h5';
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(h5 ? { targets: { chrome: '70', ios: '12' } } : {}) }]],
};
