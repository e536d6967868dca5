// The Chinese names of the fields people fill, per form, as validation messages show them
// (「标题」最多 64 个字, never 「title」). Keys are field paths without list positions
// (`milestones.percent`); describeIssues adds the position back (「里程碑（第 1 项）的完成比例」).
import type { ContentKind } from '../models/revision';
import { ABOUT_FIELD_LABELS } from './about-inputs';
import { ANNUAL_REPORT_FIELD_LABELS } from './annual-report-input';

export type FieldLabels = Readonly<Record<string, string>>;

const attachments = { attachments: '附件', 'attachments.name': '附件名称', 'attachments.fileId': '附件文件' };

export const CONTENT_FIELD_LABELS: Record<ContentKind, FieldLabels> = {
  policy: {
    title: '标题', docNumber: '文号', issuer: '发文单位', level: '层级', category: '类别', tags: '标签',
    issuedAt: '发文日期', effectiveAt: '施行日期', expiresAt: '废止日期', status: '效力状态', summary: '摘要',
    body: '正文', 'body.format': '正文格式', 'body.source': '正文', ...attachments, explainer: '解读',
    'explainer.keyPoints': '解读要点', 'explainer.changesForYou': '对你的影响', 'explainer.differences': '新旧对比',
    'explainer.differences.before': '原规定', 'explainer.differences.after': '新规定', 'explainer.images': '解读图片',
    'explainer.images.fileId': '解读图片文件', 'explainer.images.caption': '图片说明', replaces: '替代的旧文件', docType: '文件类型', ownIssue: '是否本局制发',
  },
  qa: { policyId: '关联政策', serviceId: '关联办事指南', topic: '主题', question: '问题', answer: '回答', order: '排序' },
  term: { term: '术语', aliases: '别名', plain: '大白话解释' },
  project: {
    name: '项目名称', type: '项目类型', township: '乡镇', location: '地点', owner: '建设单位', builder: '施工单位',
    supervisor: '监理单位', startAt: '开工日期', plannedEndAt: '计划完工日期', status: '状态', summary: '摘要',
    investment: '投资计划', 'investment.year': '年份', 'investment.planned': '计划投资', 'investment.completed': '完成投资',
    milestones: '里程碑', 'milestones.name': '里程碑名称', 'milestones.weight': '权重', 'milestones.percent': '完成比例',
    'milestones.plannedAt': '计划日期', 'milestones.actualAt': '实际完成日期', disclosures: '公开事项',
    'disclosures.category': '公开类别', 'disclosures.title': '公开事项名称', 'disclosures.formedAt': '信息形成日期',
    'disclosures.disclosedAt': '公开日期', 'disclosures.fileId': '公开文件',
  },
  projectUpdate: {
    projectId: '项目', text: '进展说明', milestones: '里程碑', 'milestones.name': '里程碑名称', 'milestones.percent': '完成比例',
    reason: '滞后原因', photos: '照片', notifyFollowers: '通知关注者',
  },
  inspection: {
    projectId: '项目', checkedAt: '检查日期', inspector: '检查单位', result: '检查结果', problems: '发现的问题',
    rectification: '整改情况', rectifiedAt: '整改日期',
  },
  notice: {
    kind: '通知类别', title: '通知标题', body: '通知正文', township: '乡镇', village: '村名', validFrom: '生效日期',
    validTo: '结束日期', related: '关联内容', 'related.kind': '关联内容类别', 'related.id': '关联内容', audience: '发送对象', sendAt: '定时发送时间',
  },
  service: {
    name: '事项名称', kind: '事项类别', lifeEvents: '生活场景', summary: '摘要', basis: '设定依据', eligibility: '申请条件',
    materials: '申请材料', 'materials.name': '材料名称', 'materials.note': '材料说明', 'materials.required': '是否必需',
    steps: '办理流程', 'steps.title': '步骤名称', 'steps.detail': '步骤说明', statutoryDays: '法定时限',
    promisedDays: '承诺时限', fees: '收费', places: '办理地点', 'places.name': '地点名称', 'places.address': '地址',
    'places.hours': '办公时间', 'places.phone': '电话', hotline: '咨询电话', onlineUrl: '网上办理地址', basisPolicyIds: '设定依据的政策',
    itemCode: '事项编码',
  },
  consultation: {
    title: '标题', summary: '说明', sections: '条文', 'sections.heading': '条文标题', 'sections.text': '条文内容',
    ...attachments, opensAt: '开始日期', closesAt: '截止日期', shortReason: '少于 30 天的理由',
  },
  ...ABOUT_FIELD_LABELS,
  busRoute: {
    code: '线路编号', name: '线路名称', operator: '运营单位', hotline: '服务电话', flatFare: '统一票价', stops: '站点', 'stops.name': '站名',
    'stops.township': '站点所在乡镇', 'stops.village': '站点所在村', 'stops.minutes': '到站分钟数', timetables: '时刻表', 'timetables.direction': '方向',
    'timetables.dayType': '日子', 'timetables.departures': '发车时间', fares: '票价表', 'fares.from': '票价起点', 'fares.to': '票价终点', 'fares.yuan': '票价', note: '说明',
  },
  annualReport: ANNUAL_REPORT_FIELD_LABELS,
};

/** 我要提问. */
export const CASE_FIELD_LABELS: FieldLabels = { category: '类别', text: '问题内容', phone: '手机号', related: '关联内容', photos: '照片' };
/** 登记来电来信: a case staff record from another channel. */
export const RECORD_CASE_FIELD_LABELS: FieldLabels = { channel: '来源', receivedOn: '收到日期', category: '类别', text: '内容', phone: '回电号码' };
/** 乡镇村名单: one township and its villages. */
export const PLACE_FIELD_LABELS: FieldLabels = { id: '编号', name: '乡镇名称', order: '排序', retired: '乡镇是否已撤并', villages: '村（社区）', 'villages.name': '村名', 'villages.retired': '村是否已撤并' };
/** 意见征集: a comment on a draft. */
export const COMMENT_FIELD_LABELS: FieldLabels = { section: '条文', text: '意见内容' };
/** 办事评价. */
export const RATING_FIELD_LABELS: FieldLabels = { level: '满意程度', comment: '评价内容' };
/** 依申请公开. */
export const DISCLOSURE_FIELD_LABELS: FieldLabels = {
  applicant: '申请人', 'applicant.type': '申请人类型', 'applicant.orgKind': '单位类别', 'applicant.name': '姓名或名称', 'applicant.idNumber': '证件号码',
  'applicant.organisation': '单位名称', 'applicant.phone': '联系电话', 'applicant.address': '通信地址', 'applicant.email': '邮箱',
  description: '所需信息的描述', purpose: '用途', form: '获取方式',
};
