// One row of a 双公示 file checked and made into a decision's fields, or the first thing wrong with it.
// A natural person's row may carry nothing that looks like an ID number, in any cell: it is refused,
// not masked, so the file is put right at its source. Their name is stored masked (张**).
import { isRealDay } from '#types/api/calendar-day';
import { cleanLine, cleanProse, hasNoRefusedCharacter } from '#types/api/text-rule';
import { type DecisionDoc, type DecisionKind, LICENCE_TYPES, PARTY_TYPE_LABELS, type PartyType, PENALTY_TYPES, type PenaltyType } from '#types/models/decision';
import { creditCodeProblem } from '#types/text/credit-code';
import { maskName } from '#types/text/mask-name';
import { looksLikePersonId } from '#types/text/person-id-like';
import { csvDay } from '../csv/csv-day';
import type { HeadedRow } from '../csv/headed-rows';
import { parseAmount } from '../budgets/parse-amount';
import { DECISION_COLUMNS, type DecisionColumn } from './decision-csv-columns';

export type DecisionFields = Omit<DecisionDoc, '_id' | 'publishedAt' | 'dueAt' | 'late' | 'searchText' | 'importedAt' | 'importedBy' | 'confidentiality'>;

const PARTY_TYPE_BY_LABEL: Record<string, PartyType> = {
  organisation: 'organisation', 法人及非法人组织: 'organisation', 法人及其他组织: 'organisation', 法人: 'organisation', 非法人组织: 'organisation',
  business: 'business', 个体工商户: 'business',
  person: 'person', 自然人: 'person',
};
const PARTY_HINT = Object.values(PARTY_TYPE_LABELS).join('、');
/** Longest text per column (one-line columns unless marked prose). */
const MAX: Partial<Record<DecisionColumn, number>> = { party_name: 100, legal_rep: 30, decision_no: 60, content: 1000, authority: 60, certificate: 100, violation: 500, legal_basis: 500 };
const PROSE = new Set<DecisionColumn>(['content', 'violation', 'legal_basis']);
const LABEL: Record<DecisionColumn, string> = {
  party_name: '行政相对人名称', party_type: '行政相对人类别', credit_code: '统一社会信用代码', legal_rep: '法定代表人', decision_no: '决定文书号',
  content: '决定内容', decision_date: '决定日期', authority: '决定机关', licence_type: '许可类别', certificate: '许可证书名称', valid_from: '有效期自',
  valid_to: '有效期至', violation: '违法行为类型', legal_basis: '处罚依据', penalty_type: '处罚类别', amount: '罚款金额',
};

type Checked = { ok: true; fields: DecisionFields } | { ok: false; error: string };

const dayDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

export function decisionRow(kind: DecisionKind, raw: HeadedRow<DecisionColumn>, today: string): Checked {
  const fail = (reason: string): Checked => ({ ok: false, error: `第 ${raw.line} 行：${reason}` });
  const cell = (c: DecisionColumn): string => (PROSE.has(c) ? cleanProse(raw.get(c)) : cleanLine(raw.get(c))).trim();
  const partyType = PARTY_TYPE_BY_LABEL[cell('party_type')];
  if (!partyType) return fail(`行政相对人类别“${cell('party_type')}”应为 ${PARTY_HINT}`);
  for (const c of DECISION_COLUMNS) {
    const text = cell(c);
    if (!hasNoRefusedCharacter(text)) return fail(`${LABEL[c]}含有控制字符或残缺的字符，请删除后重试`);
    if (text.length > (MAX[c] ?? 60)) return fail(`${LABEL[c]}最多 ${MAX[c] ?? 60} 个字`);
    if ((partyType === 'person' || c !== 'credit_code') && looksLikePersonId(text)) {
      return fail(`${LABEL[c]}里有身份证号码样的数字；自然人的证件号码不得公示，请从文件中删除（不要只打码）后重新导入`);
    }
  }
  const required = (c: DecisionColumn): string | null => (cell(c) ? null : `${LABEL[c]}不能为空`);
  const missing = ['party_name', 'decision_no', 'content', 'decision_date', 'authority', ...(kind === 'licence' ? ['licence_type'] : ['violation', 'legal_basis', 'penalty_type'])].map((c) => required(c as DecisionColumn)).find(Boolean);
  if (missing) return fail(missing);
  const creditCode = cell('credit_code').toUpperCase();
  if (partyType === 'person' && creditCode) return fail('自然人没有统一社会信用代码，这一格请留空');
  if (partyType !== 'person') {
    const problem = creditCode ? creditCodeProblem(creditCode) : 'shape';
    if (problem === 'shape') return fail(`统一社会信用代码“${creditCode}”应为 18 位（数字和除 I、O、Z、S、V 外的大写字母）`);
    if (problem === 'check') return fail(`统一社会信用代码“${creditCode}”的校验位不对，请核对是否抄错`);
  }
  const day = (c: DecisionColumn): string | null | false => {
    const text = cell(c);
    if (!text) return null;
    const d = csvDay(text);
    return /^\d{4}-\d{2}-\d{2}$/.test(d) && isRealDay(d) && d >= '2000-01-01' ? d : false;
  };
  const decisionDay = day('decision_date');
  if (!decisionDay) return fail(`决定日期“${cell('decision_date')}”不是有效日期，应写成 2026-03-15 或 2026/3/15`);
  if (decisionDay > today) return fail(`决定日期 ${decisionDay} 在今天（${today}）之后`);
  const validFrom = day('valid_from');
  const validTo = day('valid_to');
  if (validFrom === false || validTo === false) return fail(`有效期“${cell(validFrom === false ? 'valid_from' : 'valid_to')}”不是有效日期`);
  if (validFrom && validTo && validTo < validFrom) return fail('有效期至早于有效期自');
  let penaltyTypes: PenaltyType[] = [];
  let amount: number | null = null;
  if (kind === 'licence' && !(LICENCE_TYPES as readonly string[]).includes(cell('licence_type'))) return fail(`许可类别“${cell('licence_type')}”应为 ${LICENCE_TYPES.join('、')}`);
  if (kind === 'penalty') {
    const names = cell('penalty_type').split(/[、,，;；/]+/).map((t) => t.trim()).filter(Boolean);
    const unknown = names.find((t) => !(PENALTY_TYPES as readonly string[]).includes(t));
    if (unknown) return fail(`处罚类别“${unknown}”应为 ${PENALTY_TYPES.join('、')} 之一（几种并处用顿号隔开）`);
    penaltyTypes = [...new Set(names)] as PenaltyType[];
    const fined = penaltyTypes.includes('罚款');
    if (fined || cell('amount')) {
      const parsed = parseAmount(cell('amount'));
      if (!parsed.ok) return fail(`罚款${parsed.error}`);
      amount = parsed.amount;
    }
  }
  const partyName = cell('party_name');
  return {
    ok: true,
    fields: {
      kind,
      decisionNo: cell('decision_no'),
      partyName: partyType === 'person' ? maskName(partyName) : partyName,
      partyType,
      creditCode: partyType === 'person' ? null : creditCode,
      legalRep: partyType === 'organisation' ? cell('legal_rep') : '',
      content: cell('content'),
      decisionDate: dayDate(decisionDay),
      year: Number(decisionDay.slice(0, 4)),
      authority: cell('authority'),
      licenceType: kind === 'licence' ? cell('licence_type') : null,
      certificate: kind === 'licence' ? cell('certificate') : '',
      validFrom: validFrom ? dayDate(validFrom) : null,
      validTo: validTo ? dayDate(validTo) : null,
      violation: kind === 'penalty' ? cell('violation') : '',
      legalBasis: kind === 'penalty' ? cell('legal_basis') : '',
      penaltyTypes,
      amount,
    },
  };
}
