// Turns wcc output into the `$gwx(path)` lookup the WeChat render layer uses: `$gwx('pages/x/index.wxml')`
// returns the page's render function (data -> virtual tree), or undefined for a file wcc did not compile.
// Its globals stay local to this function, apart from the `window` it is given.

export type WxmlRender = (data: object, env: object, scope: object) => unknown;
export type Gwx = (path: string) => WxmlRender | undefined;

export function loadGwx(wccOutput: string, window: object = {}): Gwx {
  // eslint-disable-next-line no-new-func
  const evaluate = new Function('window', `var $gwx, __WXML_GLOBAL__;\n${wccOutput}\nreturn $gwx;`) as (w: object) => Gwx;
  return evaluate(window);
}
