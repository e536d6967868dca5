// 办件 records: one service case handled at the government-service centre, as the provincial platform
// exports it (service item code, received, completed, result, channel). They measure how long each
// service guide's item really takes, in working days; a guide links to them by its item code.
export const HANDLING_COLLECTION = 'handling_records';

export const HANDLING_RESULTS = ['granted', 'refused', 'withdrawn', 'other'] as const;
export type HandlingResult = (typeof HANDLING_RESULTS)[number];
export const HANDLING_RESULT_LABELS: Record<HandlingResult, string> = { granted: '准予（办结）', refused: '不予', withdrawn: '撤回', other: '其他' };

export const HANDLING_CHANNELS = ['window', 'online', 'mobile', 'mail', 'other'] as const;
export type HandlingChannel = (typeof HANDLING_CHANNELS)[number];
export const HANDLING_CHANNEL_LABELS: Record<HandlingChannel, string> = { window: '窗口', online: '网上', mobile: '掌上', mail: '邮寄', other: '其他' };

/** One import runs within the staff function's time limit: a county's month (or quarter) of the provincial
 * export, a few thousand rows; a year is imported month by month (bench/handling-bench.ts). */
export const HANDLING_FILE_MAX_BYTES = 4 * 1024 * 1024;
export const HANDLING_FILE_MAX_ROWS = 20_000;

export interface HandlingRecordDoc {
  /** From the record number (办件编号) when the file has one, else from the row's content and its occurrence. */
  _id: string;
  recordNo: string | null;
  /** 事项编码 as the platform writes it, upper-cased. */
  itemCode: string;
  itemName: string;
  receivedAt: Date;
  /** null while the case is still being handled (在办). */
  completedAt: Date | null;
  result: HandlingResult | null;
  channel: HandlingChannel;
  /** Working days after the day received up to the day completed (0 = 当场办结); null while in progress. */
  workingDays: number | null;
  importedAt: Date;
  importedBy: string;
}
