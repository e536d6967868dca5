// Moving one count between buckets of a tally kept on an item (有帮助 / 没帮助, five rating levels) as
// atomic increments: nothing reads the item, so many people at once never lose each other's counts.
import { _ } from './cloud';

/** The update fields that move one from bucket `from` (none: a first count) to bucket `to` under `field`. */
export function countMove(field: string, from: string | null, to: string): Record<string, unknown> {
  if (from === to) return {};
  return { [`${field}.${to}`]: _.inc(1), ...(from === null ? {} : { [`${field}.${from}`]: _.inc(-1) }) };
}
