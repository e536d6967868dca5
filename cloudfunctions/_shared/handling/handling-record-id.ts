// A 办件 record's document id, so a file imported twice (or a later export with the same cases) lands on
// the same documents: from the record number when the file has one; else from the row's content and
// how many identical rows came before it in the file.
import { createHash } from 'node:crypto';
import type { HandlingFields } from './handling-row';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 28);

/** What makes two rows without a record number the same record. */
export const rowKey = ({ itemCode, receivedAt, completedAt, result, channel }: HandlingFields): string =>
  [itemCode, receivedAt.toISOString(), completedAt?.toISOString() ?? '', result ?? '', channel].join('|');

export const handlingRecordId = (fields: HandlingFields, occurrence: number): string =>
  fields.recordNo ? `no-${hash(fields.recordNo)}` : `row-${hash(`${rowKey(fields)}|${occurrence}`)}`;
