// Asks a web server whether an address answers: HEAD (GET when HEAD is not allowed), no redirects
// followed (a redirect is an answer), the body never read. Node's http/https modules (the cloud's
// Node 16 has no fetch).
import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
  status: number | null;
  error: string | null;
}

function ask(url: URL, method: 'HEAD' | 'GET', timeoutMs: number): Promise<HttpAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(url, { method, timeout: timeoutMs, headers: { 'user-agent': 'transport-disclosure-link-check/1.0', accept: '*/*' } }, (response) => {
      response.destroy();
      resolve({ status: response.statusCode ?? null, error: null });
    });
    request.on('timeout', () => request.destroy(new Error('超时')));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, error: error.code ?? error.message }));
    request.end();
  });
}

export async function httpStatus(address: string, timeoutMs: number): Promise<HttpAnswer> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { status: null, error: 'INVALID_URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { status: null, error: 'INVALID_URL' };
  const head = await ask(url, 'HEAD', timeoutMs);
  return head.status === 405 || head.status === 501 ? ask(url, 'GET', timeoutMs) : head;
}

/** Whether an answer means the page is there: any answer below 400, and 401/403/429 (the server is up and refuses robots). */
export const isAnswer = (a: HttpAnswer): boolean => a.status !== null && (a.status < 400 || a.status === 401 || a.status === 403 || a.status === 429);
