// Where the H5 build sends its calls. The same build runs at the local server's root (calls to /api/…)
// and as the county portal's column under /portal/ (calls to the HTTP access paths /portal/api/…, as
// an anonymous visitor); a build for another origin names its base in TARO_APP_API_BASE.
const PORTAL_PATH = '/portal/';

/** Whether this page is the county portal's column (H5 only): read-only for visitors, no developer tools. */
export function underPortal(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.location.pathname.startsWith(PORTAL_PATH);
}

export function apiBase(): string {
  const fixed = process.env.TARO_APP_API_BASE ?? '';
  if (fixed) return fixed;
  return underPortal() ? PORTAL_PATH.slice(0, -1) : '';
}

/** Cookies go only to the page's own origin: a base on another origin is called without them. */
export const apiCredentials = (): RequestCredentials => (/^https?:\/\//.test(apiBase()) ? 'omit' : 'include');
