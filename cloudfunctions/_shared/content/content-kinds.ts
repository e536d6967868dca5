// Each publishable content type, described once: its collection, how staff input becomes the stored
// document, and what it contributes to the home feed and the search index. Later content types
// (projects, services, budgets) add an entry here and reuse the whole workflow.
import * as v from 'valibot';
import { CONTENT_INPUTS, type InspectionInput, type PolicyInput, type ProjectInput, type QaInput, type TermInput } from '#types/api/content-input';
import { INSPECTION_COLLECTION, type InspectionContent, PROJECT_COLLECTION, PROJECT_TYPE_LABELS, PROJECT_UPDATE_COLLECTION, type ProjectDoc, rolledUpPercent } from '#types/models/project';
import type { FeedDoc } from '#types/models/feed';
import { POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION, type PolicyDoc, type QaDoc, type TermDoc } from '#types/models/policy';
import { blockText } from '#types/models/content';
import type { ContentKind } from '#types/models/revision';
import type { SearchEntry } from '#types/models/search';
import { SERVICE_COLLECTION } from '#types/models/service';
import { describeIssues } from '#types/api/describe-issues';
import { CONTENT_FIELD_LABELS } from '#types/api/field-labels';
import { invalidArgument, notFound } from '../app-error';
import { docOrNull, type Tx } from '../cloud';
import { blocksToText, toBlocks } from '../text/to-blocks';
import { isoDayOrNull as day } from '../time/beijing-time';
import { noticeKind } from '../notices/notice-kind';
import { notifyFollowers } from '../notices/notify-followers';
import { serviceKind } from '../services/service-kind';
import { consultationKind } from '../consultations/consultation-kind';
import { busRouteKind } from '../bus/bus-route-kind';
import { applyProjectActivity, checkProjectUpdate, requireProject } from './project-activity';
import { guideKind } from '../about/guide-kind';
import { bureauKind } from '../about/bureau-kind';
import { proposalKind } from '../about/proposal-kind';
import { annualReportKind } from '../annual-report/annual-report-kind';

type Stored = Record<string, unknown>;

export interface KindSpec {
  label: string;
  collection: string;
  schema: v.GenericSchema;
  /** Fields a new published document starts with, beyond the shared metadata. */
  defaults?: Stored;
  /** The fixed id of a kind that has one document only (the disclosure guide, the bureau). */
  singletonId?: string;
  /** Validated input -> the fields stored on the published document. */
  toContent(input: unknown): Stored;
  /** Checks against other documents, run when a draft is saved and again when it is published. */
  check?(tx: Tx, content: Stored, targetId: string | null): Promise<void>;
  /** What publishing this kind changes elsewhere, in the same transaction. */
  afterPublish?(tx: Tx, doc: Stored & { _id: string }, now: Date): Promise<void>;
  /** Fields computed from the content each time a version is published. */
  derive?(content: Stored, now: Date): Stored;
  /** Content adjusted to what must survive a new version (a superseded policy stays repealed). */
  keep?(current: Stored | null, content: Stored): Stored;
  /** A stored document back into the shape staff edit (dates as YYYY-MM-DD, body as text). */
  toInput(doc: Stored): Stored;
  /** The home feed entry for a published document, if this kind appears on the home page. */
  feed?(doc: Stored & { _id: string; publishedAt: Date }): Omit<FeedDoc, '_id'>;
  search(doc: Stored & { _id: string; lifecycle: string }): SearchEntry | null;
}

const dateOrNull = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/** Search sees a superseded policy (with its successor) or a repealed one as no longer in force. */
function policyStanding(p: PolicyDoc): Pick<SearchEntry, 'standing' | 'successorId' | 'endsAt'> {
  const ends = p.expiresAt ? { endsAt: p.expiresAt } : {};
  if (p.lifecycle === 'superseded') return { standing: 'superseded', ...(p.supersededBy ? { successorId: p.supersededBy } : {}), ...ends };
  return p.status === 'repealed' ? { standing: 'repealed', ...ends } : ends;
}

export const CONTENT_KINDS: Record<ContentKind, KindSpec> = {
  policy: {
    label: '政策',
    collection: POLICY_COLLECTION,
    schema: CONTENT_INPUTS.policy,
    defaults: { supersededBy: null },
    keep: (current, content) => (current?.lifecycle === 'superseded' ? { ...content, status: 'repealed' } : content),
    toContent(input) {
      const p = input as PolicyInput;
      const issuedAt = new Date(p.issuedAt);
      return { ...p, issuedAt, year: issuedAt.getUTCFullYear(), effectiveAt: dateOrNull(p.effectiveAt), expiresAt: dateOrNull(p.expiresAt), body: toBlocks(p.body) };
    },
    toInput(doc) {
      const p = doc as unknown as PolicyDoc;
      return {
        title: p.title, docNumber: p.docNumber, issuer: p.issuer, level: p.level, category: p.category, tags: p.tags,
        issuedAt: day(p.issuedAt), effectiveAt: day(p.effectiveAt), expiresAt: day(p.expiresAt), status: p.status,
        summary: p.summary, body: { format: 'text', source: blocksToText(p.body) }, attachments: p.attachments,
        explainer: p.explainer, replaces: p.replaces,
        ...(p.docType ? { docType: p.docType } : {}), ...(p.ownIssue === undefined ? {} : { ownIssue: p.ownIssue }),
      };
    },
    feed: (doc) => ({ kind: 'policy', refId: doc._id, title: String(doc.title), summary: String(doc.summary), publishedAt: doc.publishedAt }),
    search(doc) {
      if (doc.lifecycle === 'withdrawn') return null;
      const p = doc as unknown as PolicyDoc;
      const explainer = p.explainer ? [...p.explainer.keyPoints, ...p.explainer.changesForYou].join(' ') : '';
      return {
        kind: 'policy',
        refId: p._id,
        title: p.title,
        text: [p.summary, explainer, p.body.map(blockText).join(' ')].filter(Boolean).join(' '),
        keywords: [p.docNumber, ...p.tags].filter(Boolean).join(' '),
        path: `/pages/policy/index?id=${p._id}`,
        ...policyStanding(p),
      };
    },
  },
  qa: {
    label: '问答',
    collection: QA_COLLECTION,
    schema: CONTENT_INPUTS.qa,
    toContent: (input) => ({ ...(input as QaInput) }),
    toInput: (doc) => {
      const q = doc as unknown as QaDoc;
      return { policyId: q.policyId, serviceId: q.serviceId ?? null, topic: q.topic, question: q.question, answer: q.answer, order: q.order };
    },
    check: async (tx, content) => {
      if (typeof content.serviceId === 'string' && !(await docOrNull(tx.collection(SERVICE_COLLECTION).doc(content.serviceId)))) throw notFound('关联的办事指南');
    },
    search(doc) {
      if (doc.lifecycle === 'withdrawn') return null;
      const q = doc as unknown as QaDoc;
      return { kind: 'qa', refId: q._id, title: q.question, text: q.answer, path: `/pages/qa/index?id=${q._id}`, ...(q.serviceId ? { serviceId: q.serviceId } : {}) };
    },
  },
  project: {
    label: '项目',
    collection: PROJECT_COLLECTION,
    schema: CONTENT_INPUTS.project,
    toContent(input) {
      const p = input as ProjectInput;
      return {
        ...p,
        startAt: dateOrNull(p.startAt),
        plannedEndAt: dateOrNull(p.plannedEndAt),
        milestones: p.milestones.map((m) => ({ ...m, plannedAt: new Date(m.plannedAt), actualAt: dateOrNull(m.actualAt) })),
        disclosures: p.disclosures.map((d) => ({ ...d, formedAt: new Date(d.formedAt), disclosedAt: dateOrNull(d.disclosedAt) })),
      };
    },
    derive: (content, now) => ({ percent: rolledUpPercent(content.milestones as ProjectDoc['milestones']), lastUpdateAt: now }),
    toInput(doc) {
      const p = doc as unknown as ProjectDoc;
      return {
        name: p.name, type: p.type, township: p.township, location: p.location, owner: p.owner, builder: p.builder, supervisor: p.supervisor,
        startAt: day(p.startAt), plannedEndAt: day(p.plannedEndAt), status: p.status, summary: p.summary, investment: p.investment,
        milestones: p.milestones.map((m) => ({ ...m, plannedAt: day(m.plannedAt), actualAt: day(m.actualAt) })),
        disclosures: p.disclosures.map((d) => ({ ...d, formedAt: day(d.formedAt), disclosedAt: day(d.disclosedAt) })),
      };
    },
    feed: (doc) => ({ kind: 'project', refId: doc._id, title: String(doc.name), summary: String(doc.summary), publishedAt: doc.publishedAt }),
    search(doc) {
      if (doc.lifecycle === 'withdrawn') return null;
      const p = doc as unknown as ProjectDoc;
      return {
        kind: 'project',
        refId: p._id,
        title: p.name,
        text: p.summary,
        keywords: [PROJECT_TYPE_LABELS[p.type], p.township, p.location, p.owner, p.builder, ...p.milestones.map((m) => m.name)].filter(Boolean).join(' '),
        path: `/pages/project/index?id=${p._id}`,
      };
    },
  },
  projectUpdate: {
    label: '项目进展',
    collection: PROJECT_UPDATE_COLLECTION,
    schema: CONTENT_INPUTS.projectUpdate,
    toContent: (input) => ({ ...(input as Stored) }),
    toInput: (doc) => ({ projectId: doc.projectId, text: doc.text, milestones: doc.milestones, reason: doc.reason, photos: doc.photos, notifyFollowers: doc.notifyFollowers ?? false }),
    check: (tx, content) => checkProjectUpdate(tx, content),
    async afterPublish(tx, doc, now) {
      await applyProjectActivity(tx, doc, now);
      if (doc.notifyFollowers === true && doc.version === 1) await notifyFollowers(tx, doc, now);
    },
    search: () => null,
  },
  inspection: {
    label: '质量检查',
    collection: INSPECTION_COLLECTION,
    schema: CONTENT_INPUTS.inspection,
    toContent(input) {
      const i = input as InspectionInput;
      return { ...i, checkedAt: new Date(i.checkedAt), rectifiedAt: dateOrNull(i.rectifiedAt) };
    },
    toInput: (doc) => {
      const i = doc as unknown as InspectionContent;
      return { projectId: i.projectId, checkedAt: day(i.checkedAt), inspector: i.inspector, result: i.result, problems: i.problems, rectification: i.rectification, rectifiedAt: day(i.rectifiedAt) };
    },
    check: async (tx, content) => void (await requireProject(tx, String(content.projectId))),
    afterPublish: (tx, doc, now) => applyProjectActivity(tx, doc, now),
    search: () => null,
  },
  term: {
    label: '术语',
    collection: TERM_COLLECTION,
    schema: CONTENT_INPUTS.term,
    toContent: (input) => ({ ...(input as TermInput) }),
    toInput: (doc) => {
      const t = doc as unknown as TermDoc;
      return { term: t.term, aliases: t.aliases, plain: t.plain };
    },
    search(doc) {
      if (doc.lifecycle === 'withdrawn') return null;
      const t = doc as unknown as TermDoc;
      return { kind: 'term', refId: t._id, title: t.term, text: t.plain, keywords: t.aliases.join(' '), path: `/pages/glossary/index?id=${t._id}` };
    },
  },
  notice: noticeKind,
  service: serviceKind,
  consultation: consultationKind,
  guide: guideKind,
  bureau: bureauKind,
  proposal: proposalKind,
  busRoute: busRouteKind,
  annualReport: annualReportKind,
};

/** The content a new version will actually carry, given the current published document. */
export function contentToPublish(kind: ContentKind, current: Stored | null, content: Stored): Stored {
  const keep = CONTENT_KINDS[kind].keep;
  return keep ? keep(current, content) : content;
}

/** Validates staff or import input for a kind, throwing the first issue in Chinese. */
export function parseContent(kind: ContentKind, input: unknown): Stored {
  const spec = CONTENT_KINDS[kind];
  const parsed = v.safeParse(spec.schema, input);
  if (!parsed.success) throw invalidArgument(describeIssues(parsed.issues, CONTENT_FIELD_LABELS[kind]));
  return spec.toContent(parsed.output);
}
