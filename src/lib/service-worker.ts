// H5 production builds only: registers sw.js (src/pwa/sw.js), which keeps the app shell and visited
// pages' code for a reload without network, for the folder the page is served from (the root, or the
// county portal's /portal/). Browser globals only behind `typeof window`.

export function registerServiceWorker(): void {
  if (typeof window !== 'undefined' && 'serviceWorker' in window.navigator) {
    const register = (): void => void window.navigator.serviceWorker.register('./sw.js').catch(() => undefined);
    if (window.document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }
}
