// Who may use the SDK's `/admin` endpoint: only code that was given its URL (the SDK in a function
// instance, a script of this checkout), never a web page. Its path carries a secret made when the
// local cloud starts; a browser announces itself with Origin / Sec-Fetch-Site and may only send
// "simple" content types without asking, so both are refused before the body is read.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './http-reply';

export const ADMIN_PATH = '/admin/';

export function newAdminSecret(): string {
  return randomBytes(24).toString('base64url');
}

const refuse = (status: number, message: string): HttpError => new HttpError(status, { code: 'PERMISSION_DENIED', message });

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Throws unless the request names the secret and comes from the SDK, not a browser. */
export function checkAdminAccess(pathname: string, headers: IncomingHttpHeaders, secret: string): void {
  if (!pathname.startsWith(ADMIN_PATH) || !sameSecret(pathname.slice(ADMIN_PATH.length), secret)) {
    throw refuse(403, 'the admin endpoint needs the URL the local cloud gave its functions (TCB_CONTEXT_CNFG)');
  }
  if (headers.origin !== undefined || headers['sec-fetch-site'] !== undefined) {
    throw refuse(403, 'browser requests may not use the admin endpoint');
  }
  const type = String(headers['content-type'] ?? '').toLowerCase();
  if (!/^application\/json\s*(;|$)/.test(type) && !/^multipart\/form-data\s*;/.test(type)) {
    throw refuse(415, 'the admin endpoint takes application/json or multipart/form-data');
  }
}
