// A route's id follows from its code, so a file naming the same code always updates the same route.
import { createHash } from 'node:crypto';

/** A short URL-safe digest (letters and digits only). */
export const shortHash = (text: string, length: number): string => createHash('sha256').update(text).digest('base64url').replace(/[-_]/g, 'x').slice(0, length);

export const busRouteId = (code: string): string => `busRoute-${shortHash(code, 16)}`;
