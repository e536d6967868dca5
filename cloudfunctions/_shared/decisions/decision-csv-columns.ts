// The columns of a 双公示 CSV file, by English key or the headings of the national data standard
// (行政相对人名称、统一社会信用代码、行政许可决定文书号…). Which are required depends on the kind.
import type { DecisionKind } from '#types/models/decision';
import type { HeaderSpec } from '../csv/headed-rows';

export const DECISION_COLUMNS = [
  'party_name', 'party_type', 'credit_code', 'legal_rep', 'decision_no', 'content', 'decision_date', 'authority',
  'licence_type', 'certificate', 'valid_from', 'valid_to', 'violation', 'legal_basis', 'penalty_type', 'amount',
] as const;
export type DecisionColumn = (typeof DECISION_COLUMNS)[number];

const NAMES: Record<DecisionColumn, string[]> = {
  party_name: ['行政相对人名称', '相对人名称', '当事人名称', '当事人'],
  party_type: ['行政相对人类别', '相对人类别', '当事人类别'],
  credit_code: ['统一社会信用代码', '信用代码'],
  legal_rep: ['法定代表人', '负责人'],
  decision_no: ['决定文书号', '行政许可决定文书号', '行政处罚决定书文号', '决定书文号', '文书号'],
  content: ['许可内容', '处罚内容', '内容'],
  decision_date: ['决定日期', '许可决定日期', '处罚决定日期'],
  authority: ['决定机关', '许可机关', '处罚机关'],
  licence_type: ['许可类别'],
  certificate: ['许可证书名称', '证书名称'],
  valid_from: ['有效期自'],
  valid_to: ['有效期至'],
  violation: ['违法行为类型', '违法事实', '违法行为'],
  legal_basis: ['处罚依据'],
  penalty_type: ['处罚类别'],
  amount: ['罚款金额', '金额'],
};

const COMMON: DecisionColumn[] = ['party_name', 'party_type', 'credit_code', 'decision_no', 'content', 'decision_date', 'authority'];
const REQUIRED: Record<DecisionKind, DecisionColumn[]> = {
  licence: [...COMMON, 'licence_type'],
  penalty: [...COMMON, 'violation', 'legal_basis', 'penalty_type'],
};

export const decisionHeader = (kind: DecisionKind): HeaderSpec<DecisionColumn> => ({
  columns: DECISION_COLUMNS,
  required: REQUIRED[kind],
  names: NAMES,
  template: REQUIRED[kind].join(','),
  chineseHint: kind === 'licence' ? '行政相对人名称、统一社会信用代码、行政许可决定文书号、许可内容' : '行政相对人名称、行政处罚决定书文号、违法行为类型、处罚依据',
});
