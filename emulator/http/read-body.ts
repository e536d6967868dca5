// Reads a request body up to a limit, refusing a larger one (by its Content-Length, or once it
// grows past the limit) before holding it all in memory.
import type { IncomingMessage } from 'node:http';
import { badRequest } from './http-reply';

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => badRequest(`请求内容太大，不能超过 ${Math.floor(limit / 1024 / 1024) || 1} MB`, 413);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
