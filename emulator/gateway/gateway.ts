// What a browser talks to: POST /api/<function> (the H5 build's stand-in for wx.cloud.callFunction),
// a dev sign-in that picks a persona, uploads, and the built H5 app itself. A malformed request gets
// a 4xx and a JSON message a person can read; it never reaches a function.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { FunctionRunner } from '../functions/function-runner';
import { FunctionError } from '../functions/function-runner';
import { CompressedCache, chooseEncoding, isCompressible } from '../http/compressed-body';
import { type HttpReply, badRequest, jsonReply } from '../http/http-reply';
import { JsonInputError, MAX_JSON_DEPTH, parseJsonObject } from '../json/bounded-json';
import { type StorageService, cloudPath } from '../storage/storage-service';
import { isOwnUploadPath, ownFolders } from '../storage/owned-path';
import { ANONYMOUS, LOCAL_APPID, PERSONAS, type Persona, findPersona } from './personas';

/** What a cloud function call may carry on the platform (6 MB; a Word-exported policy body fits). */
export const MAX_API_BODY = 6 * 1024 * 1024;
export const MAX_UPLOAD = 20 * 1024 * 1024;

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
  '.txt': 'text/plain; charset=utf-8',
};

/** The persona a browser picked with the dev sign-in; with no (or an unknown) cookie, anonymous. */
export function personaFromCookie(cookie: string | undefined): Persona {
  const key = /(?:^|;\s*)persona=([A-Za-z]+)/.exec(cookie ?? '')?.[1];
  return findPersona(key) ?? ANONYMOUS;
}

/** A request body that must be a JSON object; an empty body is an empty object. */
function jsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    return parseJsonObject(body.toString('utf8'));
  } catch (error) {
    if (error instanceof JsonInputError) throw badRequest(`请求内容应为有效的 JSON 对象，嵌套不超过 ${MAX_JSON_DEPTH} 层`);
    throw error;
  }
}

/** POST /api/_dev: who this browser is, and `{ persona }` to become someone else. */
export function handleDevSignIn(body: Buffer, cookie: string | undefined): HttpReply {
  const { persona: wanted } = jsonObject(body);
  if (wanted === undefined) return jsonReply(200, { current: personaFromCookie(cookie).key, personas: PERSONAS });
  const persona = typeof wanted === 'string' ? findPersona(wanted) : undefined;
  if (!persona) throw badRequest('没有这个调试身份');
  return jsonReply(200, { current: persona.key, personas: PERSONAS }, {
    'set-cookie': `persona=${persona.key}; Path=/; SameSite=Lax; HttpOnly`,
  });
}

export async function handleApi(
  runner: FunctionRunner,
  functionName: string,
  body: Buffer,
  cookie: string | undefined,
  clientIp: string,
): Promise<HttpReply> {
  const data = jsonObject(body);
  const persona = personaFromCookie(cookie);
  // WeChat adds userInfo to every event sent from the client; functions must not trust it for identity.
  const event = { ...data, userInfo: { appId: LOCAL_APPID, openId: persona.openid } };
  try {
    const result = await runner.invoke(functionName, event, {
      OPENID: persona.openid,
      APPID: persona.openid ? LOCAL_APPID : undefined,
      SOURCE: 'wx_client',
      CLIENTIP: clientIp,
    });
    return jsonReply(200, result);
  } catch (error) {
    const notFound = error instanceof FunctionError && error.code === 'FUNCTION_NOT_FOUND';
    return jsonReply(notFound ? 404 : 502, {
      errCode: notFound ? -504001 : -504002,
      errMsg: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * POST /api/_upload?path=…: the browser's stand-in for wx.cloud.uploadFile. Only a signed-in persona,
 * and only into their own folder (`uploads/<OPENID>/…` or `staff/<OPENID>/…`), so nobody overwrites
 * another's file.
 */
export function handleUpload(storage: StorageService, path: string | null, body: Buffer, cookie: string | undefined): HttpReply {
  const { openid } = personaFromCookie(cookie);
  if (!openid) throw badRequest('请先登录再上传', 401);
  if (!path || body.length === 0) throw badRequest('缺少文件路径或文件内容');
  let clean: string;
  try {
    clean = cloudPath(path);
  } catch {
    throw badRequest('文件路径无效');
  }
  if (!isOwnUploadPath(clean, openid)) throw badRequest(`只能上传到自己的文件夹（${ownFolders(openid).join(' 或 ')}）`, 403);
  try {
    return jsonReply(200, { fileID: storage.put(clean, body) });
  } catch {
    throw badRequest('文件路径无效');
  }
}

/** What a browser's request for a static file says about what it can take and what it already holds. */
export interface StaticRequest {
  acceptEncoding?: string;
  ifNoneMatch?: string;
}

const compressed = new CompressedCache();
/** Webpack's content-hashed names (`app.0443f3af.js`): a new version gets a new name, so they never change. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;
/** Folders of build output: a file missing there is a stale chunk, and must not be answered with index.html. */
const ASSET_FOLDER = /^(js|css|static)[/\\]/;
export const LONG_CACHE = 'public, max-age=31536000, immutable';

/**
 * Serves the built H5 app; unknown paths get index.html (the router uses #/ URLs anyway). Text files go
 * out brotli- or gzip-compressed when the browser takes it; hashed files are cached for a year,
 * index.html and the rest are checked again each time (no-cache, with an ETag).
 */
export async function serveStatic(root: string | undefined, urlPath: string, request: StaticRequest = {}): Promise<HttpReply> {
  if (!root || !existsSync(root)) {
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'H5 应用尚未构建：请先运行 npm run build:h5' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw badRequest('链接地址无效');
  }
  const clean = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, clean);
  if (clean.startsWith('..') || clean.includes('\0') || !existsSync(file) || statSync(file).isDirectory()) {
    if (ASSET_FOLDER.test(clean)) return { status: 404, contentType: 'text/plain; charset=utf-8', body: '文件不存在', headers: { 'cache-control': 'no-store' } };
    file = join(root, 'index.html');
  }
  const contentType = MIME[extname(file)] ?? 'application/octet-stream';
  const { size, mtimeMs } = statSync(file);
  const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'cache-control': HASHED_NAME.test(file) ? LONG_CACHE : 'no-cache',
    etag,
    ...(isCompressible(contentType) ? { vary: 'Accept-Encoding' } : {}),
  };
  if (request.ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) return { status: 304, contentType, body: '', headers };
  const { body, encoding } = await compressed.get(file, etag, readFileSync(file), contentType, chooseEncoding(request.acceptEncoding));
  return { status: 200, contentType, body, headers: { ...headers, 'content-length': String(body.length), ...(encoding ? { 'content-encoding': encoding } : {}) } };
}
