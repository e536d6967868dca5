// 保密审查: before anything is published, the person approving it records that it was checked for state
// secrets, work secrets and personal privacy, and on what basis. Stored with what was published and in
// the audit log entry of the same step.

export const CONFIDENTIALITY_RESULTS = ['not_secret', 'redacted'] as const;
export type ConfidentialityResult = (typeof CONFIDENTIALITY_RESULTS)[number];
export const CONFIDENTIALITY_RESULT_LABELS: Record<ConfidentialityResult, string> = {
  not_secret: '不涉密，可以公开',
  redacted: '涉密或敏感内容已删除，可以公开',
};

export interface ConfidentialityCheck {
  /** 审查依据, e.g. 依据《保密法》和本局保密审查制度，经审查不涉密. */
  basis: string;
  result: ConfidentialityResult;
  /** Who checked (the approver's OPENID) and when. */
  by: string;
  at: Date;
}

export const CONFIDENTIALITY_REQUIRED = '发布前须完成保密审查：请填写审查依据并选择审查结论';
