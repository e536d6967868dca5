// One loopback HTTP server for everything: /admin/<secret> for the SDK, /api for browsers, /storage,
// the app. A caller's mistake is answered with a 4xx (HttpError); only a bug in the emulator is a 500.
import { type IncomingMessage, type ServerResponse, createServer, type Server } from 'node:http';
import { MAX_API_BODY, MAX_UPLOAD, handleApi, handleDevSignIn, handleUpload, serveStatic } from '../gateway/gateway';
import { PORTAL_PREFIX } from '#types/api/http-access';
import { handleHttpAccess, httpAccessTarget } from '../gateway/http-access';
import { ADMIN_PATH, checkAdminAccess } from './admin-access';
import { type AdminServices, MAX_ADMIN_BODY, handleAdmin } from './admin-handler';
import { type HttpReply, HttpError, badRequest } from './http-reply';
import { readBody } from './read-body';

export interface ServerOptions {
  services: AdminServices;
  staticDir?: string;
  /** The path secret of the SDK's endpoint: `/admin/<adminSecret>`. */
  adminSecret: string;
}

function send(res: ServerResponse, reply: HttpReply): void {
  res.writeHead(reply.status, { 'content-type': reply.contentType, ...(reply.headers ?? {}) });
  res.end(reply.body);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://local');
  } catch {
    throw badRequest('链接地址无效');
  }
}

/** How long an idle keep-alive connection stays open. The SDK in a function reuses its connection, and a
 * function may compute for many seconds between two database calls (a cold instance building the search
 * index): Node's default of 5 s would close the socket under it ("socket hang up"), which the real
 * service does not do. */
const KEEP_ALIVE_MS = 120_000;

export function createEmulatorServer({ services, staticDir, adminSecret }: ServerOptions): Server {
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return send(res, error.reply());
      console.error('[emulator]', error);
      send(res, { status: 500, contentType: 'text/plain', body: 'emulator error' });
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    const method = req.method ?? 'GET';
    const { pathname } = url;
    if (method === 'POST' && (pathname === '/admin' || pathname.startsWith(ADMIN_PATH))) {
      checkAdminAccess(pathname, req.headers, adminSecret);
      const body = await readBody(req, MAX_ADMIN_BODY);
      return send(res, await handleAdmin(services, body, String(req.headers['content-type'])));
    }
    if (method === 'POST' && pathname === '/api/_dev') {
      return send(res, handleDevSignIn(await readBody(req, MAX_API_BODY), req.headers.cookie));
    }
    if (method === 'POST' && pathname === '/api/_upload') {
      const body = await readBody(req, MAX_UPLOAD);
      return send(res, handleUpload(services.storage, url.searchParams.get('path'), body, req.headers.cookie));
    }
    if (method === 'POST' && pathname.startsWith('/api/')) {
      const body = await readBody(req, MAX_API_BODY);
      const name = pathname.slice('/api/'.length);
      return send(res, await handleApi(services.runner, name, body, req.headers.cookie, req.socket.remoteAddress ?? ''));
    }
    if (method === 'PUT' && pathname.startsWith('/storage/upload/')) {
      const stored = services.storage.upload(pathname.slice('/storage/upload/'.length), url.searchParams.get('sign'), await readBody(req, MAX_UPLOAD));
      return send(res, { status: stored ? 200 : 403, contentType: 'application/xml', body: stored ? '' : '<Error><Code>AccessDenied</Code><Message>bad signature or path</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>' });
    }
    if (method === 'GET' && pathname.startsWith('/storage/file/')) {
      const file = services.storage.download(pathname.slice('/storage/file/'.length), url.searchParams.get('expires'), url.searchParams.get('sign'));
      return send(res, file ? { status: 200, contentType: 'application/octet-stream', body: file } : { status: 404, contentType: 'text/plain; charset=utf-8', body: '文件不存在或链接已过期' });
    }
    if (method === 'GET' && pathname.startsWith('/l/')) {
      const target = services.openapi.resolveLink(pathname.slice('/l/'.length));
      return send(res, target ? { status: 302, contentType: 'text/plain; charset=utf-8', body: '', headers: { location: target } } : { status: 404, contentType: 'text/plain; charset=utf-8', body: '链接不存在或已过期' });
    }
    const accessed = httpAccessTarget(pathname);
    if (accessed) {
      const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req, MAX_API_BODY);
      const headers = Object.fromEntries(Object.keys(req.headers).map((name) => [name, header(req, name)]));
      return send(res, await handleHttpAccess(services.runner, accessed, { method, pathname, query: url.searchParams, headers, body, clientIp: req.socket.remoteAddress ?? '' }));
    }
    if ((method === 'GET' || method === 'HEAD') && pathname === PORTAL_PREFIX) {
      return send(res, { status: 301, contentType: 'text/plain; charset=utf-8', body: '', headers: { location: `${PORTAL_PREFIX}/` } });
    }
    if (method === 'GET' || method === 'HEAD') {
      // The same H5 build answers at the root and, as the county portal's column, under /portal/.
      const path = pathname.startsWith(`${PORTAL_PREFIX}/`) ? pathname.slice(PORTAL_PREFIX.length) : pathname;
      return send(res, await serveStatic(staticDir, path, { acceptEncoding: header(req, 'accept-encoding'), ifNoneMatch: header(req, 'if-none-match') }));
    }
    send(res, { status: 405, contentType: 'text/plain; charset=utf-8', body: '不支持这种请求方式' });
  }
}
