// Turns wcc output into the `$gwx(path)` lookup the WeChat render layer uses: `$gwx('pages/x/index.wxml')`
// returns the page's render function (data -> virtual tree), or undefined for a file wcc did not compile.
// Its globals stay local to this function, apart from the `window` and `console` it is given (wcc's
// runtime reports "WXMLRT_$gwx: … Template `x` not found" through console.warn).
//
// The window must not be the render layer's: wcc's output keeps `virtual` block nodes (template calls,
// loop bodies) once `window.__webview_engine_version__` is set (miniprogram-simulate sets it on jsdom's
// window), and j-component renders those as empty elements. On a window of its own the render
// functions flatten them away, as j-component expects.

export type WxmlRender = (data: object, env: object, scope: object) => unknown;
export type Gwx = (path: string) => WxmlRender | undefined;

export function loadGwx(wccOutput: string, window: object, log: Pick<Console, 'log' | 'warn' | 'error'> = console): Gwx {
  // eslint-disable-next-line no-new-func
  const evaluate = new Function('window', 'console', `var $gwx, __WXML_GLOBAL__;\n${wccOutput}\nreturn $gwx;`) as (w: object, c: object) => Gwx;
  return evaluate(window, log);
}
