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
