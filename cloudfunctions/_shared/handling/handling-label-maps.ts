// The words the provincial platform (and people filling a sheet by hand) use for a case's result and the
// channel it came in by, to the product's classes. A word not here refuses the file, naming the line:
// a record is never put into a class by guesswork.
import type { HandlingChannel, HandlingResult } from '#types/models/handling';

const table = <K extends string>(groups: Record<K, string[]>): Map<string, K> =>
  new Map(Object.entries<string[]>(groups).flatMap(([key, words]) => [key, ...words].map((w) => [w.toLowerCase(), key as K] as const)));

export const RESULT_WORDS = table<HandlingResult>({
  granted: ['准予', '准予许可', '予以许可', '准予备案', '予以办理', '同意', '通过', '办结', '已办结', '正常办结', '出证', '准予登记'],
  refused: ['不予', '不予许可', '不予批准', '不予受理', '不予办理', '不予备案', '不同意', '不通过'],
  withdrawn: ['撤回', '申请人撤回', '撤件', '撤销申请', '终止', '终止办理'],
  other: ['其他', '转办', '退件'],
});

export const CHANNEL_WORDS = table<HandlingChannel>({
  window: ['窗口', '现场', '线下', '大厅', '窗口办理', '现场办理'],
  online: ['网上', '网办', '网上办理', '网厅', '政务服务网', 'pc', '浙里办'],
  mobile: ['掌上', '掌办', '移动端', '手机', '小程序', 'app'],
  mail: ['邮寄', '寄递'],
  other: ['其他', '自助机', '代办'],
});

export const wordHint = (words: Map<string, string>): string => [...new Set([...words.keys()].filter((w) => /[\u4e00-\u9fa5]/.test(w)))].slice(0, 8).join('、');
