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
