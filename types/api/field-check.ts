// A check whose message names the field it failed on: describeIssues puts 「field」 before the
// message, so one rule (text, dates, file ids) reads right on every field it guards.
import * as v from 'valibot';

const FIELD_CHECKS = new WeakSet<(input: never) => boolean>();

/** `message` continues a sentence that starts with the field, e.g. '不是存在的日期'. */
export function fieldCheck<T>(requirement: (input: T) => boolean, message: string): v.CheckAction<T, string> {
  FIELD_CHECKS.add(requirement);
  return v.check(requirement, message);
}

export const isFieldCheck = (requirement: unknown): boolean =>
  typeof requirement === 'function' && FIELD_CHECKS.has(requirement as (input: never) => boolean);
