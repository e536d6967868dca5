// The editor's form: every field as text, converted to and from the content input the server takes.
// The same valibot schemas the server uses check the form before it is sent.
import * as v from 'valibot';
import { CONTENT_INPUTS } from '#types/api/content-input';
import { describeIssues } from '#types/api/describe-issues';
import { CONTENT_FIELD_LABELS } from '#types/api/field-labels';
import { DISCLOSURE_CATEGORY_LABELS } from '#types/models/project';
import type { ContentKind } from '#types/models/revision';
import type { PlaceChoice } from '@/features/places/place-options';
import { serviceContent, serviceForm } from './service-form';
import { headedSectionsText, parseHeadedSections } from './headed-sections';
import { ABOUT_KINDS, type AboutKind, aboutContent, aboutForm } from './about-form';
import { busRouteContent, busRouteForm } from './bus-route-form';

export type Form = Record<string, string>;

/** Files attached to a policy: documents, and images (diagrams) for its explainer. */
export interface PolicyFiles {
  attachments: { name: string; fileId: string }[];
  images: { fileId: string; caption: string }[];
}

export const NO_FILES: PolicyFiles = { attachments: [], images: [] };

export function toFiles(content: Record<string, unknown>): PolicyFiles {
  if (Array.isArray(content.photos)) return { attachments: [], images: (content.photos as string[]).map((fileId) => ({ fileId, caption: '' })) };
  const explainer = content.explainer as { images?: PolicyFiles['images'] } | null | undefined;
  return { attachments: (content.attachments as PolicyFiles['attachments'] | undefined) ?? [], images: explainer?.images ?? [] };
}

export interface FieldSpec {
  name: string;
  label: string;
  multiline?: boolean;
  hint?: string;
  options?: Record<string, string>;
  /** Chosen from the county's township and village list instead of typed. */
  place?: PlaceChoice;
}

const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string): string[] => line.split('|').map((c) => c.trim());
const num = (text: string | undefined): number => (text === undefined || text === '' ? NaN : Number(text));
const categoryByLabel = Object.fromEntries(Object.entries(DISCLOSURE_CATEGORY_LABELS).map(([k, label]) => [label, k]));

// A project's tables as editable lines: investment, milestones and disclosures, one row per line.
function projectContent(f: (name: string) => string): unknown {
  return {
    name: f('name'), type: f('type'), status: f('status'), township: f('township'), location: f('location'), summary: f('summary'),
    owner: f('owner'), builder: f('builder'), supervisor: f('supervisor'), startAt: f('startAt') || null, plannedEndAt: f('plannedEndAt') || null,
    investment: lines(f('investment')).map((l) => { const [year, planned, completed] = cells(l); return { year: num(year), planned: num(planned), completed: num(completed ?? '0') }; }),
    milestones: lines(f('milestones')).map((l) => { const [name = '', weight, percent, plannedAt = '', actualAt] = cells(l); return { name, weight: num(weight), percent: num(percent), plannedAt, actualAt: actualAt || null }; }),
    disclosures: lines(f('disclosures')).map((l) => { const [category = '', title = '', formedAt = '', disclosedAt, fileId] = cells(l); return { category: categoryByLabel[category] ?? category, title, formedAt, disclosedAt: disclosedAt || null, fileId: fileId || null }; }),
  };
}

function projectForm(content: Record<string, unknown>, s: (x: unknown) => string): Form {
  const rows = <T,>(list: unknown, row: (item: T) => unknown[]): string => ((list as T[] | undefined) ?? []).map((item) => row(item).map(s).join('|')).join('\n');
  return {
    name: s(content.name), type: s(content.type), status: s(content.status), township: s(content.township), location: s(content.location), summary: s(content.summary),
    owner: s(content.owner), builder: s(content.builder), supervisor: s(content.supervisor), startAt: s(content.startAt), plannedEndAt: s(content.plannedEndAt),
    investment: rows<{ year: number; planned: number; completed: number }>(content.investment, (i) => [i.year, i.planned, i.completed]),
    milestones: rows<{ name: string; weight: number; percent: number; plannedAt: string; actualAt: string | null }>(content.milestones, (m) => [m.name, m.weight, m.percent, m.plannedAt, m.actualAt]),
    disclosures: rows<{ category: keyof typeof DISCLOSURE_CATEGORY_LABELS; title: string; formedAt: string; disclosedAt: string | null; fileId: string | null }>(content.disclosures, (d) => [DISCLOSURE_CATEGORY_LABELS[d.category], d.title, d.formedAt, d.disclosedAt, d.fileId]),
  };
}

function noticeContent(f: (name: string) => string): unknown {
  const relatedKind = f('relatedKind');
  return {
    kind: f('kind'), title: f('title'), body: f('body'), township: f('township') || null, village: f('village') || null,
    validFrom: f('validFrom'), validTo: f('validTo') || null, audience: f('audience') || 'topic', sendAt: f('sendAt') || null,
    related: relatedKind === 'policy' || relatedKind === 'project' ? { kind: relatedKind, id: f('relatedId') } : null,
  };
}

function noticeForm(content: Record<string, unknown>, s: (x: unknown) => string): Form {
  const related = content.related as { kind: string; id: string } | null | undefined;
  return {
    kind: s(content.kind), title: s(content.title), body: s(content.body), township: s(content.township), village: s(content.village),
    validFrom: s(content.validFrom), validTo: s(content.validTo), relatedKind: related?.kind ?? 'none', relatedId: related?.id ?? '',
    audience: s(content.audience), sendAt: s(content.sendAt),
  };
}

export function toContent(kind: ContentKind, form: Form, files: PolicyFiles = NO_FILES): unknown {
  // Untouched fields are empty text, so the schema reports "不能为空" rather than a type error.
  const f = (name: string): string => form[name] ?? '';
  if (kind === 'term') return { term: f('term'), aliases: f('aliases').split(/[,，、]/).map((a) => a.trim()).filter(Boolean), plain: f('plain') };
  if (kind === 'project') return projectContent(f);
  if (kind === 'projectUpdate') {
    const milestones = lines(f('milestones')).map((l) => { const [name = '', percent] = cells(l); return { name, percent: num(percent) }; });
    return { projectId: f('projectId'), text: f('text'), milestones, reason: f('reason'), photos: files.images.map((i) => i.fileId), notifyFollowers: f('notifyFollowers') === 'yes' };
  }
  if (kind === 'notice') return noticeContent(f);
  if (kind === 'service') return serviceContent(f);
  if (ABOUT_KINDS.includes(kind)) return aboutContent(kind as AboutKind, f, files.attachments);
  if (kind === 'busRoute') return busRouteContent(f);
  if (kind === 'consultation') {
    const sections = parseHeadedSections(f('sections'));
    return { title: f('title'), summary: f('summary'), sections, attachments: files.attachments, opensAt: f('opensAt'), closesAt: f('closesAt'), shortReason: f('shortReason') };
  }
  if (kind === 'inspection') {
    return { projectId: f('projectId'), checkedAt: f('checkedAt'), inspector: f('inspector'), result: f('result'), problems: lines(f('problems')), rectification: f('rectification'), rectifiedAt: f('rectifiedAt') || null };
  }
  if (kind === 'qa') return { topic: f('topic'), question: f('question'), answer: f('answer'), order: Number(f('order') || 0), policyId: f('policyId') || null, serviceId: f('serviceId') || null };
  const keyPoints = lines(f('keyPoints'));
  return {
    title: f('title'), docNumber: f('docNumber'), issuer: f('issuer'), level: f('level'), category: f('category'),
    tags: f('tags').split(/[,，、\s]/).map((t) => t.trim()).filter(Boolean), issuedAt: f('issuedAt'),
    effectiveAt: f('effectiveAt') || null, expiresAt: f('expiresAt') || null, status: f('status') || 'in_force', summary: f('summary'),
    body: { format: 'text', source: f('body') }, replaces: f('replaces') || null, attachments: files.attachments,
    ...(f('docType') ? { docType: f('docType') } : {}), ...(f('ownIssue') ? { ownIssue: f('ownIssue') === 'yes' } : {}),
    explainer: keyPoints.length
      ? { keyPoints, images: files.images, changesForYou: lines(f('changesForYou')), differences: lines(f('differences')).map((l) => { const [before = '', after = ''] = l.split('|'); return { before: before.trim(), after: after.trim() }; }) }
      : null,
  };
}

export function toForm(kind: ContentKind, content: Record<string, unknown>): Form {
  const s = (x: unknown): string => (x === null || x === undefined ? '' : String(x));
  if (kind === 'term') return { term: s(content.term), aliases: ((content.aliases as string[]) ?? []).join('、'), plain: s(content.plain) };
  if (kind === 'project') return projectForm(content, s);
  if (kind === 'projectUpdate') {
    const milestones = ((content.milestones as { name: string; percent: number }[] | undefined) ?? []).map((m) => `${m.name}|${m.percent}`).join('\n');
    return { projectId: s(content.projectId), text: s(content.text), milestones, reason: s(content.reason), notifyFollowers: content.notifyFollowers ? 'yes' : 'no' };
  }
  if (kind === 'notice') return noticeForm(content, s);
  if (kind === 'service') return serviceForm(content, s);
  if (ABOUT_KINDS.includes(kind)) return aboutForm(kind as AboutKind, content, s);
  if (kind === 'busRoute') return busRouteForm(content, s);
  if (kind === 'consultation') {
    const sections = headedSectionsText(content.sections as { heading: string; text: string }[] | undefined);
    return { title: s(content.title), summary: s(content.summary), sections, opensAt: s(content.opensAt), closesAt: s(content.closesAt), shortReason: s(content.shortReason) };
  }
  if (kind === 'inspection') {
    return { projectId: s(content.projectId), checkedAt: s(content.checkedAt), inspector: s(content.inspector), result: s(content.result), problems: ((content.problems as string[] | undefined) ?? []).join('\n'), rectification: s(content.rectification), rectifiedAt: s(content.rectifiedAt) };
  }
  if (kind === 'qa') return { topic: s(content.topic), question: s(content.question), answer: s(content.answer), order: s(content.order), policyId: s(content.policyId), serviceId: s(content.serviceId) };
  const e = content.explainer as { keyPoints: string[]; changesForYou: string[]; differences: { before: string; after: string }[] } | null;
  return {
    title: s(content.title), docNumber: s(content.docNumber), issuer: s(content.issuer), level: s(content.level), category: s(content.category),
    tags: ((content.tags as string[]) ?? []).join('、'), issuedAt: s(content.issuedAt), effectiveAt: s(content.effectiveAt), expiresAt: s(content.expiresAt),
    status: s(content.status), summary: s(content.summary), body: s((content.body as { source?: string } | undefined)?.source), replaces: s(content.replaces),
    keyPoints: (e?.keyPoints ?? []).join('\n'), changesForYou: (e?.changesForYou ?? []).join('\n'),
    differences: (e?.differences ?? []).map((d) => `${d.before}|${d.after}`).join('\n'),
    docType: s(content.docType), ownIssue: content.ownIssue === undefined ? '' : content.ownIssue ? 'yes' : 'no',
  };
}

/** The first problem in the form, in the server's own words; null when it would be accepted. */
export function checkForm(kind: ContentKind, f: Form, files: PolicyFiles = NO_FILES): string | null {
  const parsed = v.safeParse(CONTENT_INPUTS[kind], toContent(kind, f, files));
  return parsed.success ? null : describeIssues(parsed.issues, CONTENT_FIELD_LABELS[kind]);
}
