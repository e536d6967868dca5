// Notices (通知) pushed to subscribers, each subscriber's preferences, and the per-recipient delivery
// records that make a repeated send impossible.
import type { PublishedMeta } from './content';

export const NOTICE_COLLECTION = 'notices';
/** One send job per notice (and one per day's digest): what to send, to whom, and how far it got. */
export const NOTICE_SEND_COLLECTION = 'notice_sends';
/** One record per (send job, recipient): _id `${jobId}:${openid}`. */
export const DELIVERY_COLLECTION = 'notice_deliveries';
/** One per person: _id is their OPENID. */
export const NOTICE_PREFS_COLLECTION = 'notice_prefs';
/** One per (person, notice) read: _id `${openid}:${noticeId}`. */
export const NOTICE_READ_COLLECTION = 'notice_reads';

export const NOTICE_TOPICS = ['closure', 'bus', 'policy', 'project', 'consultation'] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];
export const NOTICE_TOPIC_LABELS: Record<NoticeTopic, string> = {
  closure: '道路封闭和交通管制',
  bus: '公交线路调整',
  policy: '新政策发布',
  project: '我关注的项目',
  consultation: '意见征集',
};
/** Short names for cards and message fields. */
export const NOTICE_KIND_LABELS: Record<NoticeTopic, string> = {
  closure: '交通管制',
  bus: '公交调整',
  policy: '新政策',
  project: '项目进展',
  consultation: '意见征集',
};

/** Who a notice goes to: everyone who chose its topic (in its area), or the followers of a project. */
export const NOTICE_AUDIENCES = ['topic', 'followers'] as const;
export type NoticeAudience = (typeof NOTICE_AUDIENCES)[number];

export interface NoticeContent {
  kind: NoticeTopic;
  title: string;
  body: string;
  /** Affected area; null township means the whole county. */
  township: string | null;
  village: string | null;
  validFrom: Date;
  validTo: Date | null;
  related: { kind: 'policy' | 'project'; id: string } | null;
  audience: NoticeAudience;
  /** When to push; null pushes as soon as it is approved. */
  sendAt: Date | null;
}

export type NoticeDoc = NoticeContent & PublishedMeta;

/** Road closures are urgent: they skip the digest and the quiet interval. */
export const isUrgent = (kind: NoticeTopic): boolean => kind === 'closure';
/** Bus route changes must be published this many days before they take effect. */
export const BUS_NOTICE_LEAD_DAYS = 3;
/** Non-urgent pushes about the same item are at least this many days apart. */
export const SAME_ITEM_INTERVAL_DAYS = 3;

export const DELIVERY_MODES = ['immediate', 'digest'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export interface Consent {
  /** once: one message per consent; long: until the person turns it off. */
  type: 'once' | 'long';
  /** Long-term: accepted or not. */
  accepted: boolean;
  /** One-time: messages still allowed. */
  remaining: number;
  at: Date;
}

export interface NoticePrefsDoc {
  _id: string;
  topics: NoticeTopic[];
  /** "乡镇" for a whole township, "乡镇/村" for one village; empty means everywhere. */
  areas: string[];
  /** The township part of each area, for matching township-wide notices. */
  townships: string[];
  allAreas: boolean;
  mode: DeliveryMode;
  consents: Partial<Record<TemplateKey, Consent>>;
  updatedAt: Date;
}

export const TEMPLATE_KEYS = ['notice', 'digest', 'project', 'case'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const SEND_STATUSES = ['scheduled', 'targeting', 'sending', 'done', 'cancelled'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];
export const SEND_STATUS_LABELS: Record<SendStatus, string> = {
  scheduled: '等待发送',
  targeting: '正在确定接收人',
  sending: '正在发送',
  done: '已发完',
  cancelled: '已取消',
};

export interface MessageField {
  key: string;
  label: string;
  value: string;
}

export interface NoticeSendDoc {
  _id: string;
  noticeId: string | null;
  title: string;
  template: TemplateKey;
  status: SendStatus;
  urgent: boolean;
  sendAt: Date;
  /** Who gets it: a topic in an area, the followers of a project, or everyone waiting for a digest. */
  /** `${kind}:${id}` of the related item, for the quiet interval between pushes about it. */
  relatedKey: string | null;
  target: { topic: NoticeTopic; township: string | null; village: string | null } | { followersOf: string } | { digestDay: string } | { person: string } | { commentersOf: string };
  /** The last recipient id targeting reached, so a later run continues after it. */
  cursor: string;
  targeted: number;
  /** The subscription message: the page it opens and its fields. */
  page: string;
  fields: MessageField[];
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** The timer run targeting this job, and when its hold lapses: one run targets a job at a time. */
  runId?: string | null;
  leaseUntil?: Date | null;
  /** Messages a run saw go out for a delivery another run held: each a second message to someone. */
  duplicates?: number;
}

export const DELIVERY_STATUSES = ['pending', 'claimed', 'sending', 'sent', 'refused', 'failed', 'unknown', 'digest', 'digested', 'no_consent', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: '待发送',
  claimed: '待发送',
  sending: '发送中',
  sent: '已送达',
  refused: '已拒收或次数用完',
  failed: '发送失败',
  unknown: '结果不明（未重发，避免重复）',
  digest: '等待每日汇总',
  digested: '已并入每日汇总',
  no_consent: '未授权，仅站内可见',
  cancelled: '已取消',
};

export interface DeliveryDoc {
  _id: string;
  jobId: string;
  openid: string;
  template: TemplateKey;
  status: DeliveryStatus;
  /** The run holding it (claimed, sending) and when its hold lapses; only the holder may change it. */
  runId: string | null;
  claimedAt: Date | null;
  leaseUntil: Date | null;
  at: Date;
  /** For failures: the platform's errcode and message. */
  error: string | null;
  /** For a digest message: how many notices it gathers and the first one's title. */
  digest: { count: number; firstTitle: string } | null;
  /** Messages that went out for it beyond the one its status records (a run that lost its hold mid-send). */
  duplicates?: number;
}
