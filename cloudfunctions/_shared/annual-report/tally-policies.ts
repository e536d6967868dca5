// The first table of 二: the bureau's own 规章 and 行政规范性文件 — 本年制发 (issued in the year), 本年废止
// (repealed, dated by its 失效日期, in the year) and 现行有效 (issued by the year's end and not yet expired or
// repealed then). Only policies marked as issued by this bureau count; a county-level policy not yet marked,
// or a repealed one without the date it ended, is listed rather than guessed. Withdrawn items are not counted.
import type { IssuedCounts } from '#types/models/annual-report';
import { POLICY_DOC_TYPE_LABELS, type PolicyDoc } from '#types/models/policy';
import { dayYear, within } from './report-year';
import type { Trace, UnplacedRecord } from './report-trace';

export type PolicyRecord = Pick<PolicyDoc, '_id' | 'title' | 'docNumber' | 'level' | 'issuedAt' | 'expiresAt' | 'status' | 'lifecycle' | 'docType' | 'ownIssue'>;

export const policyCell = (docType: 'rule' | 'normative', column: keyof IssuedCounts): string => `active.${docType}.${column}`;

export function tallyPolicies(year: number, policies: PolicyRecord[], trace: Trace): { rule: IssuedCounts; normative: IssuedCounts; unplaced: UnplacedRecord[] } {
  const span = dayYear(year);
  const counts = { rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 0, repealed: 0, inForce: 0 } };
  const unplaced: UnplacedRecord[] = [];
  for (const p of policies) {
    if (p.lifecycle === 'withdrawn' || p.issuedAt >= span.end) continue;
    const label = `${p.docNumber ? `${p.docNumber} ` : ''}${p.title}`;
    if (p.docType === undefined || p.ownIssue === undefined) {
      if (p.level === 'county') unplaced.push({ id: p._id, label, kind: 'policy', problems: ['没有标注文件类型和是否本局制发'] });
      continue;
    }
    if (!p.ownIssue || p.docType === 'other') continue;
    if (p.status === 'repealed' && !p.expiresAt) {
      unplaced.push({ id: p._id, label, kind: 'policy', problems: [`已废止的${POLICY_DOC_TYPE_LABELS[p.docType]}没有填写失效日期`] });
      continue;
    }
    const inForce = p.expiresAt ? p.expiresAt >= span.end : p.status !== 'repealed';
    const columns: (keyof IssuedCounts)[] = [
      ...(within(p.issuedAt, span) ? ['issued' as const] : []),
      ...(within(p.expiresAt, span) ? ['repealed' as const] : []),
      ...(inForce ? ['inForce' as const] : []),
    ];
    for (const column of columns) {
      counts[p.docType][column] += 1;
      trace.add(policyCell(p.docType, column), { id: p._id, label });
    }
  }
  return { ...counts, unplaced };
}
