// Input schemas for the bureau's own pages on the workflow: the disclosure guide (公开指南), the bureau
// (机构信息) and replies to deputies' and members' proposals (建议提案办理结果).
import * as v from 'valibot';
import { PROPOSER_TYPES } from '../models/proposal';
import { isoDay } from './calendar-day';
import { uploadFileId as fileId } from './file-id';
import { optionalPhoneNumber, phoneNumber } from './phone-number';
import { line as text, prose } from './text-rule';

const phones = (min: number) => v.pipe(v.array(v.strictObject({ label: text(20), number: phoneNumber })), v.minLength(min), v.maxLength(10));

export const guideInput = v.strictObject({
  intro: prose(1000),
  sections: v.pipe(v.array(v.strictObject({ heading: text(30), text: prose(3000) })), v.minLength(1), v.maxLength(20)),
  address: text(100),
  hours: text(100),
  phones: phones(1),
  email: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80), v.regex(/^$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, '邮箱格式不正确')), ''),
});

export const bureauInput = v.strictObject({
  name: text(50),
  functions: prose(5000),
  bodies: v.pipe(v.array(v.strictObject({ name: text(30), duties: prose(1000), phone: optionalPhoneNumber })), v.maxLength(40)),
  leaders: v.pipe(v.array(v.strictObject({ name: text(20), post: text(30), duties: prose(500) })), v.minLength(1), v.maxLength(20)),
  address: text(100),
  hours: text(100),
  phones: phones(1),
});

export const proposalInput = v.strictObject({
  number: text(30),
  title: text(64),
  proposerType: v.picklist(PROPOSER_TYPES),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  session: v.optional(text(40, 0), ''),
  replySummary: prose(2000),
  attachments: v.optional(v.pipe(v.array(v.strictObject({ name: text(80), fileId })), v.maxLength(10)), []),
  repliedAt: isoDay,
});

export type GuideInput = v.InferOutput<typeof guideInput>;
export type BureauInput = v.InferOutput<typeof bureauInput>;
export type ProposalInput = v.InferOutput<typeof proposalInput>;

const phoneLabels = { phones: '联系电话', 'phones.label': '电话用途', 'phones.number': '电话号码' };

/** The Chinese names of these forms' fields, for validation messages. */
export const ABOUT_FIELD_LABELS = {
  guide: { intro: '概述', sections: '指南内容', 'sections.heading': '小标题', 'sections.text': '内容', address: '受理地址', hours: '办公时间', email: '邮箱', ...phoneLabels },
  bureau: {
    name: '机构名称', functions: '主要职能', bodies: '内设机构', 'bodies.name': '内设机构名称', 'bodies.duties': '内设机构职责', 'bodies.phone': '内设机构电话',
    leaders: '领导', 'leaders.name': '领导姓名', 'leaders.post': '职务', 'leaders.duties': '分工', address: '办公地址', hours: '办公时间', ...phoneLabels,
  },
  proposal: {
    number: '编号', title: '标题', proposerType: '类别', year: '年度', session: '会议', replySummary: '办理结果摘要',
    attachments: '答复文件', 'attachments.name': '文件名称', 'attachments.fileId': '文件', repliedAt: '答复日期',
  },
} as const;
