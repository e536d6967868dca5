// What every payload is checked for before its schema sees it: a plain JSON object, nested no
// deeper than any form is, with no key naming a member every object has (`__proto__`,
// `constructor`, `toString`…) or `prototype`. Schema libraries look keys up with `in`, which finds
// those on any object, so they would be accepted and silently dropped rather than refused.
import { quoteField } from '#types/api/describe-issues';

const MAX_DEPTH = 16;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const isObjectMember = (key: string): boolean => key === 'prototype' || key in Object.prototype;

const pathOf = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** A Chinese message saying what is wrong with the payload's shape, or null when it is fine. */
export function payloadProblem(payload: unknown): string | null {
  if (!isPlainObject(payload)) return '输入应为对象';
  const pending: { value: object; path: string; depth: number }[] = [{ value: payload, path: '', depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const entries: [string | number, unknown][] = Array.isArray(next.value) ? next.value.map((item, i) => [i, item]) : Object.entries(next.value);
    for (const [key, value] of entries) {
      const path = pathOf(next.path, key);
      if (typeof key === 'string' && isObjectMember(key)) return `不认识的字段${quoteField(path)}`;
      if (value === null || typeof value !== 'object') continue;
      if (!Array.isArray(value) && !isPlainObject(value)) return `${quoteField(path)}应为对象`;
      if (next.depth >= MAX_DEPTH) return '输入的层级太深';
      pending.push({ value, path, depth: next.depth + 1 });
    }
  }
  return null;
}
