// One row of a 办件 file checked and made into a record's fields, or the first thing wrong with it.
// `now` is the import's instant: nothing may be received or completed after it, nor completed before
// it was received. A completed case has a result; one still in progress (在办) has neither.
import { cleanLine, hasNoRefusedCharacter } from '#types/api/text-rule';
import type { HandlingRecordDoc } from '#types/models/handling';
import { csvInstant } from '../csv/csv-instant';
import type { HeadedRow } from '../csv/headed-rows';
import { HANDLING_COLUMNS, type HandlingColumn } from './handling-csv-columns';
import { CHANNEL_WORDS, RESULT_WORDS, wordHint } from './handling-label-maps';

export type HandlingFields = Pick<HandlingRecordDoc, 'recordNo' | 'itemCode' | 'itemName' | 'receivedAt' | 'completedAt' | 'result' | 'channel'>;

const LABEL: Record<HandlingColumn, string> = { record_no: '办件编号', item_code: '事项编码', item_name: '事项名称', received: '受理时间', completed: '办结时间', result: '办理结果', channel: '办理渠道' };
const MAX: Record<HandlingColumn, number> = { record_no: 64, item_code: 64, item_name: 100, received: 30, completed: 30, result: 20, channel: 20 };
const CODE = /^[0-9A-Z][0-9A-Z_-]{3,63}$/;
/** Excel shows a long code as 1.1E+29 unless the column is text: refused, as the digits are lost. */
const SCIENTIFIC = /^\d(\.\d+)?E\+\d+$/i;

type Checked = { ok: true; fields: HandlingFields } | { ok: false; error: string };

export function handlingRow(raw: HeadedRow<HandlingColumn>, now: Date): Checked {
  const fail = (reason: string): Checked => ({ ok: false, error: `第 ${raw.line} 行：${reason}` });
  const cells = new Map<HandlingColumn, string>();
  for (const c of HANDLING_COLUMNS) {
    const text = cleanLine(raw.get(c)).trim();
    if (!hasNoRefusedCharacter(text)) return fail(`${LABEL[c]}含有控制字符或残缺的字符，请删除后重试`);
    if (text.length > MAX[c]) return fail(`${LABEL[c]}最多 ${MAX[c]} 个字`);
    cells.set(c, text);
  }
  const cell = (c: HandlingColumn): string => cells.get(c) ?? '';
  const itemCode = cell('item_code').toUpperCase();
  if (SCIENTIFIC.test(itemCode)) return fail(`事项编码“${itemCode}”被 Excel 写成了科学计数法，数字已丢失；请把这一列设为“文本”后重新导出`);
  if (!CODE.test(itemCode)) return fail(`事项编码“${itemCode}”应为 4 到 64 位数字或字母`);
  const receivedAt = csvInstant(cell('received'));
  if (!receivedAt) return fail(`受理时间“${cell('received')}”不是有效时间，应写成 2026-03-15 09:30 或 2026/3/15 9:30`);
  if (receivedAt > now) return fail('受理时间晚于现在');
  const completedText = cell('completed');
  const resultText = cell('result');
  let completedAt: Date | null = null;
  let result: HandlingFields['result'] = null;
  if (completedText) {
    completedAt = csvInstant(completedText);
    if (!completedAt) return fail(`办结时间“${completedText}”不是有效时间，应写成 2026-03-20 16:00 或 2026/3/20 16:00`);
    if (completedAt > now) return fail('办结时间晚于现在');
    if (completedAt < receivedAt) return fail('办结时间早于受理时间');
    if (!resultText) return fail('已办结的办件要填写办理结果');
    result = RESULT_WORDS.get(resultText.toLowerCase()) ?? null;
    if (!result) return fail(`办理结果“${resultText}”不认识，可写：${wordHint(RESULT_WORDS)}`);
  } else if (resultText && !['在办', '办理中', '未办结'].includes(resultText)) {
    return fail(`办理结果是“${resultText}”，但没有办结时间；仍在办理的办件这两格都空着（或办理结果写“在办”）`);
  }
  const channel = CHANNEL_WORDS.get(cell('channel').toLowerCase());
  if (!channel) return fail(`办理渠道“${cell('channel')}”不认识，可写：${wordHint(CHANNEL_WORDS)}`);
  return { ok: true, fields: { recordNo: cell('record_no') || null, itemCode, itemName: cell('item_name'), receivedAt, completedAt, result, channel } };
}
