// What a browser talks to: POST /api/<function> (the H5 build's stand-in for wx.cloud.callFunction),
// a dev sign-in that picks a persona, storage links, and the built H5 app itself.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { FunctionRunner } from '../functions/function-runner';
import { FunctionError } from '../functions/function-runner';
import type { HttpReply } from '../http/admin-handler';
import type { StorageService } from '../storage/storage-service';
import { LOCAL_APPID, PERSONAS, personaByKey } from './personas';

const MAX_API_BODY = 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const json = (status: number, value: unknown, headers?: Record<string, string>): HttpReply & { headers?: Record<string, string> } => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
  headers,
});

export function personaFromCookie(cookie: string | undefined): string | undefined {
  return /(?:^|;\s*)persona=([A-Za-z]+)/.exec(cookie ?? '')?.[1];
}

export async function handleApi(
  runner: FunctionRunner,
  functionName: string,
  body: Buffer,
  cookie: string | undefined,
  clientIp: string,
): Promise<HttpReply & { headers?: Record<string, string> }> {
  if (functionName === '_dev') {
    const current = personaByKey(personaFromCookie(cookie));
    const wanted = body.length ? (JSON.parse(body.toString('utf8')) as { persona?: string }).persona : undefined;
    if (wanted !== undefined) {
      const persona = personaByKey(wanted);
      return json(200, { current: persona.key, personas: PERSONAS }, {
        'set-cookie': `persona=${persona.key}; Path=/; SameSite=Lax; HttpOnly`,
      });
    }
    return json(200, { current: current.key, personas: PERSONAS });
  }
  if (body.length > MAX_API_BODY) return json(413, { errCode: -501007, errMsg: 'request body too large' });
  let data: unknown;
  try {
    data = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return json(400, { errCode: -501007, errMsg: 'request body is not JSON' });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) data = {};
  const persona = personaByKey(personaFromCookie(cookie));
  // WeChat adds userInfo to every event sent from the client; functions must not trust it for identity.
  const event = { ...(data as object), userInfo: { appId: LOCAL_APPID, openId: persona.openid } };
  try {
    const result = await runner.invoke(functionName, event, {
      OPENID: persona.openid,
      APPID: persona.openid ? LOCAL_APPID : undefined,
      SOURCE: 'wx_client',
      CLIENTIP: clientIp,
    });
    return json(200, result);
  } catch (error) {
    const notFound = error instanceof FunctionError && error.code === 'FUNCTION_NOT_FOUND';
    return json(notFound ? 404 : 502, {
      errCode: notFound ? -504001 : -504002,
      errMsg: error instanceof Error ? error.message : String(error),
    });
  }
}

const MAX_UPLOAD = 20 * 1024 * 1024;

/** POST /api/_upload?path=…: the browser's stand-in for wx.cloud.uploadFile, for signed-in personas. */
export function handleUpload(storage: StorageService, path: string | null, body: Buffer, cookie: string | undefined): HttpReply {
  if (!personaByKey(personaFromCookie(cookie)).openid) return json(401, { errCode: -501007, errMsg: 'sign in to upload' });
  if (!path || body.length === 0) return json(400, { errCode: -501007, errMsg: 'path and body are required' });
  if (body.length > MAX_UPLOAD) return json(413, { errCode: -501007, errMsg: 'file too large' });
  try {
    return json(200, { fileID: storage.put(path, body) });
  } catch {
    return json(400, { errCode: -501007, errMsg: 'invalid cloud path' });
  }
}

/** Serves the built H5 app; unknown paths get index.html (the router uses #/ URLs anyway). */
export function serveStatic(root: string | undefined, urlPath: string): HttpReply {
  if (!root || !existsSync(root)) {
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'H5 应用尚未构建：请先运行 npm run build:h5' };
  }
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  let file = join(root, clean);
  if (clean.startsWith('..') || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  return { status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
}
