// Which fields each content type's editor shows, with their labels and choices.
import { POLICY_CATEGORY_LABELS, POLICY_LEVEL_LABELS, POLICY_STATUS_LABELS, QA_TOPIC_LABELS } from '#types/models/policy';
import { INSPECTION_RESULT_LABELS, PROJECT_STATUS_LABELS, PROJECT_TYPE_LABELS } from '#types/models/project';
import { NOTICE_KIND_LABELS } from '#types/models/notice';
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
  project: [
    { name: 'name', label: '项目名称' },
    { name: 'type', label: '类型', options: PROJECT_TYPE_LABELS },
    { name: 'status', label: '状态', options: PROJECT_STATUS_LABELS },
    { name: 'township', label: '所在乡镇' },
    { name: 'location', label: '位置（起止点、路线）' },
    { name: 'summary', label: '一句话介绍（160 字以内）', multiline: true },
    { name: 'owner', label: '建设单位' },
    { name: 'builder', label: '施工单位' },
    { name: 'supervisor', label: '监理单位' },
    { name: 'startAt', label: '开工日期', hint: '如 2026-03-01' },
    { name: 'plannedEndAt', label: '计划完工日期', hint: '如 2027-06-30' },
    { name: 'investment', label: '投资（每行：年份|计划万元|完成万元）', multiline: true },
    { name: 'milestones', label: '节点（每行：名称|权重|进度%|计划日期|实际日期）', multiline: true },
    { name: 'disclosures', label: '公开事项（每行：类别|标题|形成日期|公开日期|文件）', multiline: true },
  ],
  projectUpdate: [
    { name: 'projectId', label: '项目编号' },
    { name: 'text', label: '进展说明（大白话，写清做了什么、对通行有什么影响）', multiline: true },
    { name: 'milestones', label: '节点进度（每行：节点名称|进度%）', multiline: true },
    { name: 'reason', label: '进度下调的原因（没有下调可不填）' },
    { name: 'notifyFollowers', label: '通知关注这个项目的群众', options: { no: '不通知', yes: '审核通过后推送给关注者' } },
  ],
  inspection: [
    { name: 'projectId', label: '项目编号' },
    { name: 'checkedAt', label: '检查日期', hint: '如 2026-05-20' },
    { name: 'inspector', label: '检查单位或人员' },
    { name: 'result', label: '结论', options: INSPECTION_RESULT_LABELS },
    { name: 'problems', label: '发现的问题（每行一条）', multiline: true },
    { name: 'rectification', label: '整改情况', multiline: true },
    { name: 'rectifiedAt', label: '整改完成日期（可空）', hint: '如 2026-06-10' },
  ],
  notice: [
    { name: 'kind', label: '类型', options: NOTICE_KIND_LABELS },
    { name: 'title', label: '标题（20 字以内，会作为微信提醒的标题）' },
    { name: 'body', label: '正文（大白话：什么时间、什么地点、怎么绕行或怎么办）', multiline: true },
    { name: 'township', label: '影响的乡镇（全县可空）' },
    { name: 'village', label: '影响的村（可空）' },
    { name: 'validFrom', label: '生效日期', hint: '如 2026-12-01' },
    { name: 'validTo', label: '结束日期（可空）', hint: '如 2026-12-31' },
    { name: 'relatedKind', label: '关联内容', options: { none: '无', policy: '政策', project: '项目' } },
    { name: 'relatedId', label: '关联内容编号（可空）' },
    { name: 'audience', label: '发给谁', options: { topic: '订阅了这类通知的群众', followers: '关注该项目的群众' } },
    { name: 'sendAt', label: '定时发送（北京时间，空着则审核通过后立即发送）', hint: '如 2026-12-01T08:00' },
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
  project: { type: 'rural_road', status: 'planned' },
  projectUpdate: { notifyFollowers: 'no' },
  inspection: { result: 'pass' },
  notice: { kind: 'closure', relatedKind: 'none', audience: 'topic' },
};
