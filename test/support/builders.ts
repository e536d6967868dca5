// Fixture builders: documents as the product stores them, with overridable fields.
import type { FeedDoc } from '#types/models/feed';
import type { StaffDoc } from '#types/models/staff';
import { openidOf } from '../../emulator/gateway/personas';

let sequence = 0;

export function feedDoc(overrides: Partial<FeedDoc> = {}): FeedDoc {
  sequence += 1;
  return {
    _id: `feed-${String(sequence).padStart(5, '0')}`,
    kind: 'policy',
    refId: `ref-${sequence}`,
    title: `示例政策 ${sequence}`,
    summary: '一句话说明这条政策和你有什么关系。',
    publishedAt: new Date(Date.UTC(2026, 0, 1) + sequence * 60_000),
    ...overrides,
  };
}

export function staffDoc(persona: 'editor' | 'reviewer' | 'admin', overrides: Partial<StaffDoc> = {}): StaffDoc {
  const at = new Date('2026-01-01T00:00:00Z');
  return { _id: openidOf(persona), name: persona, roles: [persona], createdAt: at, updatedAt: at, ...overrides };
}

let inputSequence = 0;

/** A policy as staff or the importer send it. */
export function policyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return {
    title: `农村公路养护办法（试行）${inputSequence}`,
    docNumber: `清交〔2026〕${inputSequence}号`,
    issuer: '清溪县交通运输局',
    level: 'county',
    category: 'rural_road',
    tags: ['养护'],
    issuedAt: '2026-03-01',
    summary: '讲清楚村道坏了找谁修、多久修好。',
    body: { format: 'text', source: '第一章 总则\n第一条 为了加强农村公路养护，制定本办法。\n第二条 村道由村民委员会负责日常养护。' },
    explainer: { keyPoints: ['县道县管、乡道乡管、村道村管'], changesForYou: ['发现坑洼可以在小程序反映'] },
    ...overrides,
  };
}

export function qaInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return { topic: 'rural_road', question: `村道坏了找谁修？${inputSequence}`, answer: '村道由村民委员会负责日常养护，乡镇负责监督。', ...overrides };
}

export function termInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return { term: `超限运输${inputSequence}`, aliases: ['超载'], plain: '车辆的尺寸或重量超过公路允许的标准。', ...overrides };
}
