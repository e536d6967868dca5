// What citizens receive about policies, Q&A and glossary terms (dates as ISO strings).
import type { Block, Lifecycle, Votes } from '../models/content';
import type { Explainer, PolicyCategory, PolicyLevel, PolicyStatus, QaTopic } from '../models/policy';
import type { SearchKind } from '../models/search';
import type { FileLink, FileUrl } from './file-views';

export interface PolicyListItem {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  level: PolicyLevel;
  category: PolicyCategory;
  status: PolicyStatus;
  lifecycle: Lifecycle;
  issuedAt: string;
  summary: string;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  plain: string;
}

export interface QaItem {
  id: string;
  policyId: string | null;
  topic: QaTopic;
  question: string;
  answer: string;
  votes: Votes;
}

export interface HistoryItem {
  version: number;
  note: string;
  at: string;
}

export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PolicyView extends PolicyListItem {
  tags: string[];
  effectiveAt: string | null;
  expiresAt: string | null;
  lifecycleNote: string | null;
  /** The policy that replaced this one, for the 已废止 banner's link. */
  successor: { id: string; title: string } | null;
  /** The older policy this one replaced (新旧政策差异 refer to it). */
  replaced: { id: string; title: string } | null;
  explainer: (Omit<Explainer, 'images'> & { images: { url: FileUrl; caption: string }[] }) | null;
  body: Block[];
  /** Where the rest of a long original starts; null when all of it is here. */
  bodyNextFrom: number | null;
  attachments: FileLink[];
  votes: Votes;
  myVote: boolean | null;
  version: number;
  publishedAt: string;
  updatedAt: string;
  /** Glossary terms that occur in this policy, to mark and explain on tap. */
  terms: GlossaryTerm[];
  qas: Paged<QaItem>;
  history: Paged<HistoryItem>;
}

export interface SearchHitView {
  kind: SearchKind;
  refId: string;
  title: string;
  snippet: string;
  highlights: [number, number][];
  path: string;
}
