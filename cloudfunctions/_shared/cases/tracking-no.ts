import { randomBytes } from 'node:crypto';
import { cstDay } from '../time/working-days';

/** A number a person can read out on the phone: date plus six characters, e.g. 20261128-K7Q2MX. */
export function trackingNo(now: Date): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const tail = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${cstDay(now).replace(/-/g, '')}-${tail}`;
}
