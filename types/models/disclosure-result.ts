// The national categories of a disclosure application's result and applicant (政府信息公开工作年度报告格式,
// 国办公开办函〔2021〕30号, table 三), which every decision made in the product now carries.

/** The six result categories of table 三 (总计 is their sum). */
export const DISCLOSURE_OUTCOMES = ['disclosed', 'partial', 'refused', 'unavailable', 'not_processed', 'other'] as const;
export type DisclosureOutcome = (typeof DISCLOSURE_OUTCOMES)[number];
export const DISCLOSURE_OUTCOME_LABELS: Record<DisclosureOutcome, string> = {
  disclosed: '予以公开',
  partial: '部分公开',
  refused: '不予公开',
  unavailable: '无法提供',
  not_processed: '不予处理',
  other: '其他处理',
};

/** The reasons each category breaks down into, in the table's order; 予以公开 and 部分公开 have none. */
export const DISCLOSURE_REASONS = {
  disclosed: [],
  partial: [],
  refused: ['state_secret', 'law_forbids', 'three_safeties', 'third_party', 'internal_affairs', 'process_info', 'enforcement_file', 'inquiry_matter'],
  unavailable: ['not_held', 'needs_making', 'still_unclear'],
  not_processed: ['petition', 'repeated', 'publication', 'excessive', 'confirmation'],
  other: ['no_supplement', 'unpaid_fee', 'other'],
} as const satisfies Record<DisclosureOutcome, readonly string[]>;
export type DisclosureReason = (typeof DISCLOSURE_REASONS)[DisclosureOutcome][number];
export const DISCLOSURE_REASON_LIST = Object.values(DISCLOSURE_REASONS).flat() as DisclosureReason[];

export const DISCLOSURE_REASON_LABELS: Record<DisclosureReason, string> = {
  state_secret: '属于国家秘密',
  law_forbids: '其他法律行政法规禁止公开',
  three_safeties: '危及“三安全一稳定”',
  third_party: '保护第三方合法权益',
  internal_affairs: '属于三类内部事务信息',
  process_info: '属于四类过程性信息',
  enforcement_file: '属于行政执法案卷',
  inquiry_matter: '属于行政查询事项',
  not_held: '本机关不掌握相关政府信息',
  needs_making: '没有现成信息需要另行制作',
  still_unclear: '补正后申请内容仍不明确',
  petition: '信访举报投诉类申请',
  repeated: '重复申请',
  publication: '要求提供公开出版物',
  excessive: '无正当理由大量反复申请',
  confirmation: '要求行政机关确认或重新出具已获取信息',
  no_supplement: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  unpaid_fee: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  other: '其他',
};

/** A result as the report counts it: a category and, where the category has reasons, one of them. */
export interface DisclosureResult {
  outcome: DisclosureOutcome;
  reason: DisclosureReason | null;
}

/** Whether a reason belongs to a category (and is given exactly when the category has reasons). */
export function reasonFits(outcome: DisclosureOutcome, reason: DisclosureReason | null | undefined): boolean {
  const reasons: readonly string[] = DISCLOSURE_REASONS[outcome];
  return reasons.length === 0 ? !reason : !!reason && reasons.includes(reason);
}

/** 法人或其他组织, broken down as the table's columns. */
export const ORGANISATION_KINDS = ['business', 'research', 'public_interest', 'legal_service', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  business: '商业企业',
  research: '科研机构',
  public_interest: '社会公益组织',
  legal_service: '法律服务机构',
  other: '其他',
};

/** The table's applicant columns: 自然人, then the five kinds of organisation. */
export const APPLICANT_COLUMNS = ['person', ...ORGANISATION_KINDS] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, string> = { person: '自然人', ...ORGANISATION_KIND_LABELS };
