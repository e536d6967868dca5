// One loopback HTTP server for everything: /admin for the SDK, /api for browsers, /storage, the app.
import { type IncomingMessage, type ServerResponse, createServer, type Server } from 'node:http';
import type { FunctionRunner } from '../functions/function-runner';
import { handleApi, handleUpload, serveStatic } from '../gateway/gateway';
import type { StorageService } from '../storage/storage-service';
import { type AdminServices, type HttpReply, handleAdmin } from './admin-handler';

export interface ServerOptions {
  services: AdminServices & { runner: FunctionRunner; storage: StorageService };
  staticDir?: string;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, reply: HttpReply & { headers?: Record<string, string> }): void {
  res.writeHead(reply.status, { 'content-type': reply.contentType, ...(reply.headers ?? {}) });
  res.end(reply.body);
}

export function createEmulatorServer({ services, staticDir }: ServerOptions): Server {
  return createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      console.error('[emulator]', error);
      if (!res.headersSent) send(res, { status: 500, contentType: 'text/plain', body: 'emulator error' });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === '/admin') {
      const body = await readBody(req);
      return send(res, await handleAdmin(services, body, String(req.headers['content-type'] ?? '')));
    }
    if (method === 'POST' && url.pathname === '/api/_upload') {
      return send(res, handleUpload(services.storage, url.searchParams.get('path'), await readBody(req), req.headers.cookie));
    }
    if (method === 'POST' && url.pathname.startsWith('/api/')) {
      const body = await readBody(req);
      const name = url.pathname.slice('/api/'.length);
      return send(res, await handleApi(services.runner, name, body, req.headers.cookie, req.socket.remoteAddress ?? ''));
    }
    if (method === 'PUT' && url.pathname.startsWith('/storage/upload/')) {
      const stored = services.storage.upload(url.pathname.slice('/storage/upload/'.length), url.searchParams.get('sign'), await readBody(req));
      return send(res, { status: stored ? 200 : 403, contentType: 'application/xml', body: stored ? '' : '<Error><Code>AccessDenied</Code><Message>bad signature</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>' });
    }
    if (method === 'GET' && url.pathname.startsWith('/storage/file/')) {
      const file = services.storage.download(url.pathname.slice('/storage/file/'.length), url.searchParams.get('expires'), url.searchParams.get('sign'));
      return send(res, file ? { status: 200, contentType: 'application/octet-stream', body: file } : { status: 404, contentType: 'text/plain', body: 'not found or expired' });
    }
    if (method === 'GET' || method === 'HEAD') return send(res, serveStatic(staticDir, url.pathname));
    send(res, { status: 405, contentType: 'text/plain', body: 'method not allowed' });
  }
}
