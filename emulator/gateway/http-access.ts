// The local stand-in for CloudBase's HTTP access service (云接入): a path prefix routed to a function, the
// request handed over as an event, the function's { statusCode, headers, body } sent back. Such requests
// carry no WeChat identity. The routes are the ones the README's deploy steps create.
import { HTTP_ACCESS_ROUTES } from '#types/api/http-access';
import type { FunctionRunner } from '../functions/function-runner';
import type { HttpReply } from '../http/http-reply';

/** The function a path reaches through HTTP access, if any: the longest matching prefix wins. */
export function httpAccessTarget(pathname: string): string | null {
  const prefix = Object.keys(HTTP_ACCESS_ROUTES)
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? (HTTP_ACCESS_ROUTES[prefix] as string) : null;
}

interface FunctionAnswer {
  statusCode?: unknown;
  headers?: unknown;
  body?: unknown;
  isBase64Encoded?: unknown;
}

export interface HttpAccessRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: Buffer;
  clientIp: string;
}

export async function handleHttpAccess(runner: FunctionRunner, name: string, req: HttpAccessRequest): Promise<HttpReply> {
  const event = {
    httpMethod: req.method,
    path: req.pathname,
    headers: req.headers,
    queryStringParameters: Object.fromEntries(req.query),
    body: req.body.toString('utf8'),
    isBase64Encoded: false,
    requestContext: { httpMethod: req.method, path: req.pathname, sourceIp: req.clientIp },
  };
  const failed = (errMsg: string): HttpReply => ({ status: 502, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ errCode: -504002, errMsg }) });
  let answer: FunctionAnswer | null;
  try {
    answer = (await runner.invoke(name, event, { SOURCE: 'wx_http', CLIENTIP: req.clientIp })) as FunctionAnswer | null;
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
  const status = typeof answer?.statusCode === 'number' ? answer.statusCode : 502;
  if (status === 502 || typeof answer?.body !== 'string') return failed('函数没有返回 HTTP 响应');
  const headers = Object.fromEntries(Object.entries((answer.headers as Record<string, unknown>) ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const { 'content-type': contentType = 'text/plain; charset=utf-8', ...rest } = headers;
  const body = answer.isBase64Encoded === true ? Buffer.from(answer.body, 'base64') : answer.body;
  return { status, contentType, body: req.method === 'HEAD' ? '' : body, headers: rest };
}
