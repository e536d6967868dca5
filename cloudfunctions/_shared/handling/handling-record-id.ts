// A 办件 record's document id, so a file imported twice (or a later export with the same cases) lands on
// the same documents: from the record number when the file has one; else from the row's content and
// how many identical rows came before it in the file.
import { createHash } from 'node:crypto';
import type { HandlingFields } from './handling-row';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 28);

export function handlingRecordId(fields: HandlingFields, occurrence: number): string {
  if (fields.recordNo) return `no-${hash(fields.recordNo)}`;
  const { itemCode, receivedAt, completedAt, result, channel } = fields;
  return `row-${hash([itemCode, receivedAt.toISOString(), completedAt?.toISOString() ?? '', result ?? '', channel, occurrence].join('|'))}`;
}
