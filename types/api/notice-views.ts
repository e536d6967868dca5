// Notices and notice preferences as the client sees them (dates as ISO strings).
import type { DeliveryMode, DeliveryStatus, MessageField, NoticeAudience, NoticeTopic, SendStatus, TemplateKey } from '../models/notice';

export interface NoticeListItem {
  id: string;
  kind: NoticeTopic;
  title: string;
  area: string;
  validFrom: string;
  validTo: string | null;
  publishedAt: string;
  /** Whether the signed-in person has opened it (false for anonymous readers). */
  read: boolean;
  withdrawn: boolean;
}

export interface NoticeView extends NoticeListItem {
  body: string;
  audience: NoticeAudience;
  related: { kind: 'policy' | 'project'; id: string; title: string } | null;
  withdrawnNote: string | null;
}

export interface TemplateChoice {
  key: TemplateKey;
  /** The id wx.requestSubscribeMessage takes. */
  id: string;
  type: 'once' | 'long';
  title: string;
  /** What the person will receive, in plain words. */
  explain: string;
}

export interface NoticePrefsView {
  topics: NoticeTopic[];
  areas: string[];
  mode: DeliveryMode;
  /** Per template: long-term accepted, or how many one-time messages are left. */
  consents: Partial<Record<TemplateKey, { type: 'once' | 'long'; accepted: boolean; remaining: number }>>;
  templates: TemplateChoice[];
}

export interface NoticeSendSummary {
  id: string;
  noticeId: string | null;
  title: string;
  template: TemplateKey;
  status: SendStatus;
  sendAt: string;
  targeted: number;
}

export interface NoticeReport extends NoticeSendSummary {
  startedAt: string | null;
  finishedAt: string | null;
  /** Deliveries by status; they add up to `targeted` once targeting has finished. */
  counts: Record<DeliveryStatus, number>;
  /** Second messages a run saw go out to someone (it lost its hold on the delivery mid-send); 0 when none. */
  duplicates: number;
  /** The most common failure reasons (errcode and message). */
  failures: { reason: string; count: number }[];
  fields: MessageField[];
}
