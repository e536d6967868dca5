// What a notice looks like as a WeChat subscription message: the fields of each template and the
// platform's length limits, checked before anything is sent (the staff editor previews the same).
import { NOTICE_KIND_LABELS, type MessageField, type NoticeTopic } from './notice';

/** The platform's limit per field kind (the key's prefix): longer values fail with 47003. */
const FIELD_LIMITS: Record<string, number> = { thing: 20, phrase: 5, character_string: 32, number: 32, name: 10 };

const limitOf = (key: string): number | undefined => FIELD_LIMITS[key.replace(/\d+$/, '')];
const length = (value: string): number => [...value].length;

/** A Beijing-time date as the `date` field wants it. */
export function messageDate(date: Date): string {
  const d = new Date(date.getTime() + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Cuts a value written by the system (not by staff) to what the field can carry. */
export function fitField(key: string, value: string): string {
  const limit = limitOf(key);
  if (limit === undefined || length(value) <= limit) return value;
  return `${[...value].slice(0, limit - 1).join('')}…`;
}

/** The first field the platform would refuse, in words staff understand; null when all fit. */
export function checkMessage(fields: MessageField[]): string | null {
  for (const field of fields) {
    const limit = limitOf(field.key);
    if (!field.value.trim()) return `订阅消息的「${field.label}」不能为空`;
    if (limit !== undefined && length(field.value) > limit) {
      return `订阅消息的「${field.label}」最多 ${limit} 个字，现在 ${length(field.value)} 个字，请改短`;
    }
  }
  return null;
}

export const areaLabel = (township: string | null, village: string | null): string =>
  township ? `${township}${village ? village : '全镇'}` : '全县';

export interface NoticeMessageInput {
  kind: NoticeTopic;
  title: string;
  township: string | null;
  village: string | null;
  validFrom: Date;
}

/** The long-term 出行/公告提醒 template's fields for a staff-written notice. */
export function noticeFields(n: NoticeMessageInput): MessageField[] {
  return [
    { key: 'thing1', label: '通知标题', value: n.title },
    { key: 'phrase2', label: '类型', value: NOTICE_KIND_LABELS[n.kind] },
    { key: 'thing3', label: '影响范围', value: areaLabel(n.township, n.village) },
    { key: 'date4', label: '生效时间', value: messageDate(n.validFrom) },
    { key: 'thing5', label: '温馨提示', value: '点开看详情，可随时退订' },
  ];
}

/** The one-time 项目进展 template, filled by the system from a published progress update. */
export function projectFields(projectName: string, text: string, at: Date): MessageField[] {
  return [
    { key: 'thing1', label: '项目名称', value: fitField('thing1', projectName) },
    { key: 'thing2', label: '最新进展', value: fitField('thing2', text.replace(/\s+/g, ' ')) },
    { key: 'date3', label: '更新时间', value: messageDate(at) },
  ];
}

/** The long-term 每日汇总 template: one message gathering a day's non-urgent notices. */
export function digestFields(count: number, firstTitle: string, at: Date): MessageField[] {
  return [
    { key: 'thing1', label: '汇总', value: `今天有${count}条新通知` },
    { key: 'thing2', label: '第一条', value: fitField('thing2', firstTitle) },
    { key: 'date3', label: '日期', value: messageDate(at) },
  ];
}

/** The data object subscribeMessage.send takes. */
export function messageData(fields: MessageField[]): Record<string, { value: string }> {
  return Object.fromEntries(fields.map((f) => [f.key, { value: f.value }]));
}

/** The three templates as the subscribe flow explains them (one-time and long-term never asked together). */
export const TEMPLATE_INFO: Record<'notice' | 'digest' | 'project' | 'case', { type: 'once' | 'long'; title: string; explain: string }> = {
  notice: { type: 'long', title: '出行和公告提醒', explain: '你选的类别有新通知时（如封路、公交改线），微信会提醒你一次' },
  digest: { type: 'long', title: '每日通知汇总', explain: '选了“每日汇总”后，每天傍晚最多收到一条，把当天的通知合在一起' },
  project: { type: 'once', title: '项目进展提醒', explain: '你关注的项目有新进展时提醒你，每同意一次可以提醒一次' },
  case: { type: 'once', title: '答复提醒', explain: '你提的问题有了答复时提醒你一次' },
};

/** The one-time 答复提醒 template: the person's case has an answer. */
export function caseFields(text: string, status: string, at: Date): MessageField[] {
  return [
    { key: 'thing1', label: '你反映的事', value: fitField('thing1', text.replace(/\s+/g, ' ')) },
    { key: 'phrase2', label: '办理状态', value: status },
    { key: 'date3', label: '答复时间', value: messageDate(at) },
    { key: 'thing4', label: '温馨提示', value: '点开查看答复，没解决可再反映' },
  ];
}
