// Which fields each content type's editor shows, with their labels and choices.
import { POLICY_CATEGORY_LABELS, POLICY_LEVEL_LABELS, POLICY_STATUS_LABELS, QA_TOPIC_LABELS } from '#types/models/policy';
import type { ContentKind } from '#types/models/revision';
import type { FieldSpec } from './form-model';

export const FIELDS: Record<ContentKind, FieldSpec[]> = {
  policy: [
    { name: 'title', label: '标题（64 字以内，说清是什么）' },
    { name: 'docNumber', label: '文号' },
    { name: 'issuer', label: '发文机关' },
    { name: 'level', label: '层级', options: POLICY_LEVEL_LABELS },
    { name: 'category', label: '类别', options: POLICY_CATEGORY_LABELS },
    { name: 'status', label: '效力', options: POLICY_STATUS_LABELS },
    { name: 'issuedAt', label: '发布日期', hint: '如 2026-01-31' },
    { name: 'effectiveAt', label: '施行日期（可空）', hint: '如 2026-03-01' },
    { name: 'summary', label: '一句话摘要（160 字以内，大白话）', multiline: true },
    { name: 'keyPoints', label: '解读要点（每行一条）', multiline: true },
    { name: 'changesForYou', label: '和群众有什么关系（每行一条）', multiline: true },
    { name: 'differences', label: '新旧对比（每行：以前|现在）', multiline: true },
    { name: 'body', label: '原文（粘贴全文，每段一行）', multiline: true },
    { name: 'tags', label: '标签（用顿号分隔）' },
    { name: 'replaces', label: '替代的旧政策编号（可空）' },
  ],
  qa: [
    { name: 'topic', label: '主题', options: QA_TOPIC_LABELS },
    { name: 'question', label: '问题（群众怎么问就怎么写）' },
    { name: 'answer', label: '回答（大白话）', multiline: true },
    { name: 'policyId', label: '关联政策编号（可空）' },
    { name: 'order', label: '排序（数字越小越靠前）' },
  ],
  term: [
    { name: 'term', label: '术语' },
    { name: 'aliases', label: '别称、俗称（用顿号分隔）' },
    { name: 'plain', label: '大白话解释', multiline: true },
  ],
};

export const EMPTY_FORMS: Record<ContentKind, Record<string, string>> = {
  policy: { level: 'county', category: 'rural_road', status: 'in_force' },
  qa: { topic: 'general', order: '0' },
  term: {},
};
