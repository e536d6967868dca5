// Where one disclosure application goes in table 三: its applicant column and its result, from the record
// as stored. An old record the stored fields cannot place (an organisation without its kind; a refusal or
// 不予处理 without a reason; 已主动公开) uses what staff classified, or says why it cannot be placed: never
// a guess.
import type { DisclosureDetails } from '#types/models/case';
import type { ApplicantColumn, DisclosureResult } from '#types/models/disclosure-result';

export interface Placement {
  column: ApplicantColumn | null;
  /** null while undecided, or when it cannot be placed (see problems). */
  result: DisclosureResult | null;
  problems: string[];
}

function columnOf(d: DisclosureDetails): ApplicantColumn | null {
  if (d.applicant.type === 'person') return 'person';
  return d.applicant.orgKind ?? d.classified?.orgKind ?? null;
}

function resultOf(d: DisclosureDetails): DisclosureResult | null {
  const decision = d.decision;
  if (!decision) return null;
  if (decision.reason) return { outcome: decision.type as DisclosureResult['outcome'], reason: decision.reason };
  switch (decision.type) {
    case 'disclosed':
    case 'partial':
      return { outcome: decision.type, reason: null };
    // 信息不存在 and 非本机关信息 are both 本机关不掌握相关政府信息 (条例 第三十六条 第四、五项).
    case 'not_exist':
    case 'other_agency':
      return { outcome: 'unavailable', reason: 'not_held' };
    default:
      return d.classified?.result ?? null;
  }
}

export function placeApplication(d: DisclosureDetails): Placement {
  const column = columnOf(d);
  const result = resultOf(d);
  const problems = [
    ...(column ? [] : ['申请单位的类别没有记录']),
    ...(d.decision && !result ? ['答复决定没有对应的全国统计分类（旧记录）'] : []),
  ];
  return { column, result, problems };
}
