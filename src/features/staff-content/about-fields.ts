// The editor's fields for the guide, the bureau and proposal replies.
import { GUIDE_SECTION_HEADINGS } from '#types/models/disclosure-guide';
import { PROPOSER_TYPE_LABELS } from '#types/models/proposal';
import type { FieldSpec } from './form-model';

const phones: FieldSpec = { name: 'phones', label: '联系电话（每行：用途|号码，如 依申请公开受理|0571-88886666）', multiline: true };

export const ABOUT_FIELDS: Record<'guide' | 'bureau' | 'proposal', FieldSpec[]> = {
  guide: [
    { name: 'intro', label: '概述（依据、适用范围，1000 字以内）', multiline: true },
    { name: 'sections', label: '指南内容（每一部分以“## 小标题”开头，如 ## 申请方式）', multiline: true },
    { name: 'address', label: '受理地址' },
    { name: 'hours', label: '办公时间（如 工作日 8:30—12:00，14:30—17:30）' },
    phones,
    { name: 'email', label: '电子邮箱（可空）' },
  ],
  bureau: [
    { name: 'name', label: '机构名称' },
    { name: 'functions', label: '主要职能（每条一行）', multiline: true },
    { name: 'bodies', label: '内设机构（每行：名称|职责|电话，电话可空）', multiline: true },
    { name: 'leaders', label: '领导（每行：姓名|职务|分工）', multiline: true },
    { name: 'address', label: '办公地址' },
    { name: 'hours', label: '办公时间' },
    phones,
  ],
  proposal: [
    { name: 'number', label: '编号（如 建议第123号）' },
    { name: 'title', label: '标题' },
    { name: 'proposerType', label: '类别', options: PROPOSER_TYPE_LABELS },
    { name: 'year', label: '年度', hint: '如 2026' },
    { name: 'session', label: '会议（如 县十八届人大三次会议，可空）' },
    { name: 'replySummary', label: '办理结果摘要（大白话：采纳了什么、怎么办、什么时候办完）', multiline: true },
    { name: 'repliedAt', label: '答复日期', hint: '如 2026-06-30' },
  ],
};

export const ABOUT_EMPTY_FORMS: Record<'guide' | 'bureau' | 'proposal', Record<string, string>> = {
  guide: { sections: GUIDE_SECTION_HEADINGS.map((h) => `## ${h}\n`).join('\n') },
  bureau: {},
  proposal: { proposerType: 'deputy' },
};
