import { createHash } from 'node:crypto';

/** The same person's same request always maps to the same case; the id reveals neither. */
export function caseId(openid: string, requestId: string): string {
  return createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 32);
}
