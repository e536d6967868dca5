// The columns of a 办件 file as the provincial government-service platform exports it, by English key or
// its Chinese headings (办件编号、事项编码、受理时间、办结时间、办理结果、办理渠道…), in any order.
import type { HeaderSpec } from '../csv/headed-rows';

export const HANDLING_COLUMNS = ['record_no', 'item_code', 'item_name', 'received', 'completed', 'result', 'channel'] as const;
export type HandlingColumn = (typeof HANDLING_COLUMNS)[number];

export const HANDLING_HEADER: HeaderSpec<HandlingColumn> = {
  columns: HANDLING_COLUMNS,
  required: ['item_code', 'received', 'completed', 'result', 'channel'],
  names: {
    record_no: ['办件编号', '办件号', '申报号', '受理编号', '业务流水号'],
    item_code: ['事项编码', '实施编码', '事项实施编码', '基本编码', '事项代码'],
    item_name: ['事项名称', '实施事项名称'],
    received: ['受理时间', '收件时间', '申请时间', '申报时间'],
    completed: ['办结时间', '完成时间'],
    result: ['办理结果', '办结结果', '办件结果'],
    channel: ['办理渠道', '申报渠道', '申请渠道', '渠道', '申报方式'],
  },
  template: 'record_no,item_code,item_name,received,completed,result,channel',
  chineseHint: '办件编号、事项编码、事项名称、受理时间、办结时间、办理结果、办理渠道',
};
