import { randomBytes } from 'node:crypto';

/** A short random id for documents we name ourselves (URL-safe). */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}
