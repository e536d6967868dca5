// A function reached through CloudBase's HTTP access service (云接入) rather than wx.cloud.callFunction:
// the platform hands it the HTTP request as an event and sends back what it returns as the response.
// No WeChat identity comes with such a request: whatever answers it, answers an anonymous visitor.

export interface HttpEvent {
  httpMethod: string;
  path: string;
  headers?: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

export const isHttpEvent = (event: unknown): event is HttpEvent =>
  typeof event === 'object' && event !== null && typeof (event as HttpEvent).httpMethod === 'string' && typeof (event as HttpEvent).path === 'string';

export const httpAnswer = (statusCode: number, contentType: string, body: string, headers: Record<string, string> = {}): HttpAnswer => ({
  statusCode,
  headers: { 'content-type': contentType, ...headers },
  body,
  isBase64Encoded: false,
});

export const jsonAnswer = (statusCode: number, value: unknown, headers: Record<string, string> = {}): HttpAnswer =>
  httpAnswer(statusCode, 'application/json; charset=utf-8', JSON.stringify(value), headers);

/** A page on another origin (the portal's own domain) may call these paths; none carries credentials. */
const CROSS_ORIGIN = { 'access-control-allow-origin': '*' };

/**
 * A function's actions posted over HTTP as `{ action, payload }`, run as an anonymous visitor. Answers
 * a browser's CORS preflight, and refuses anything but a JSON object posted.
 */
export async function answerPostedAction(event: HttpEvent, run: (event: { action: string; payload: unknown }) => Promise<unknown>): Promise<HttpAnswer> {
  const method = event.httpMethod.toUpperCase();
  if (method === 'OPTIONS') {
    return httpAnswer(204, 'text/plain; charset=utf-8', '', { ...CROSS_ORIGIN, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
  }
  if (method !== 'POST') return jsonAnswer(405, { ok: false, code: 'INVALID_ARGUMENT', message: '请用 POST 调用' }, { allow: 'POST, OPTIONS', ...CROSS_ORIGIN });
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body ?? '');
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return jsonAnswer(400, { ok: false, code: 'INVALID_ARGUMENT', message: '请求内容应为 JSON 对象：{ "action": …, "payload": … }' }, CROSS_ORIGIN);
  }
  const { action, payload } = parsed as { action?: unknown; payload?: unknown };
  return jsonAnswer(200, await run({ action: typeof action === 'string' ? action : '', payload }), CROSS_ORIGIN);
}
