import * as v from 'valibot';
import { CONTENT_INPUTS } from '#types/api/content-input';
import { describeIssues } from '#types/api/describe-issues';
import { CASE_FIELD_LABELS, CONTENT_FIELD_LABELS } from '#types/api/field-labels';
import { publicApi } from '#types/api/public';
import { CONTENT_KINDS } from '#types/models/revision';

const messageOf = (schema: v.GenericSchema, input: unknown, labels = {}): string => {
  const parsed = v.safeParse(schema, input);
  return parsed.success ? '' : describeIssues(parsed.issues, labels);
};

/** Every key a strict object schema accepts, as label paths (list items' keys under the list's key). */
function keysOf(schema: unknown, prefix = ''): string[] {
  const s = schema as { type: string; entries?: Record<string, unknown>; wrapped?: unknown; item?: unknown; pipe?: unknown[] };
  if (s.type === 'optional' || s.type === 'nullable') return keysOf(s.wrapped, prefix);
  if (s.type === 'array') return keysOf(s.item, prefix);
  if (!s.entries) return [];
  return Object.entries(s.entries).flatMap(([key, entry]) => [`${prefix}${key}`, ...keysOf(entry, `${prefix}${key}.`)]);
}

describe('field names in messages', () => {
  it('are the form\'s Chinese names, with the list position when in a list', () => {
    const notice = CONTENT_INPUTS.notice;
    expect(messageOf(v.strictObject({ title: v.pipe(v.string(), v.maxLength(20)) }), { title: 'x'.repeat(21) }, CONTENT_FIELD_LABELS.notice)).toBe('「通知标题」最多 20 个字');
    expect(messageOf(notice, {}, CONTENT_FIELD_LABELS.notice)).toBe('缺少字段「通知类别」');
    const milestones = { milestones: [{ name: '路基', weight: 10, percent: 120, plannedAt: '2026-01-01', actualAt: null }] };
    expect(messageOf(CONTENT_INPUTS.project, { ...milestones, name: '' }, CONTENT_FIELD_LABELS.project)).toBe('「项目名称」不能为空');
    const milestonesOnly = v.strictObject({ milestones: (CONTENT_INPUTS.project.pipe[0] as unknown as { entries: Record<string, v.GenericSchema> }).entries.milestones as v.GenericSchema });
    expect(messageOf(milestonesOnly, milestones, CONTENT_FIELD_LABELS.project)).toBe('「完成比例（第 1 项）」不能大于 100');
  });

  it('keep a key nobody fills as it was sent, and unlabelled forms as before', () => {
    expect(messageOf(v.strictObject({}), { sneaky: 1 }, CASE_FIELD_LABELS)).toBe('不认识的字段「sneaky」');
    expect(messageOf(v.strictObject({ title: v.string() }), { title: 1 })).toBe('「title」应为文字');
  });

  it('cover every field of every content form and of 我要提问', () => {
    for (const kind of CONTENT_KINDS) {
      const schema = CONTENT_INPUTS[kind] as unknown as { type: string; pipe?: unknown[] };
      const keys = keysOf(schema.type === 'strict_object' ? schema : schema.pipe?.[0]);
      expect(keys.length).toBeGreaterThan(2);
      expect({ kind, missing: keys.filter((k) => !CONTENT_FIELD_LABELS[kind][k]) }).toEqual({ kind, missing: [] });
    }
    const asked = keysOf(publicApi.submitCase.input).filter((k) => !['requestId', 'consentPublic', 'related.kind', 'related.id', 'related.title'].includes(k));
    expect(asked.filter((k) => !CASE_FIELD_LABELS[k])).toEqual([]);
  });
});
