// The editor's form for the guide, the bureau and proposal replies: lists as lines with cells split by
// "|", sections as "## 标题" parts, converted to and from the content input the server takes.
import { BUREAU_ID } from '#types/models/bureau';
import { GUIDE_ID } from '#types/models/disclosure-guide';
import { parseHeadedSections, headedSectionsText } from './headed-sections';

type Form = Record<string, string>;
export type AboutKind = 'guide' | 'bureau' | 'proposal';
export const ABOUT_KINDS: readonly string[] = ['guide', 'bureau', 'proposal'];
/** Kinds with one document: the editor always opens that one (empty until first published). */
export const SINGLETON_IDS: Readonly<Record<string, string>> = { guide: GUIDE_ID, bureau: BUREAU_ID };

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string): string[] => line.split('|').map((c) => c.trim());
const phonesOf = (text: string) => lines(text).map((l) => { const [label = '', number = ''] = cells(l); return { label, number }; });

export function aboutContent(kind: AboutKind, f: (name: string) => string, attachments: { name: string; fileId: string }[]): unknown {
  if (kind === 'guide') return { intro: f('intro'), sections: parseHeadedSections(f('sections')), address: f('address'), hours: f('hours'), phones: phonesOf(f('phones')), email: f('email') };
  if (kind === 'bureau') {
    return {
      name: f('name'), functions: f('functions'), address: f('address'), hours: f('hours'), phones: phonesOf(f('phones')),
      bodies: lines(f('bodies')).map((l) => { const [name = '', duties = '', phone = ''] = cells(l); return { name, duties, phone }; }),
      leaders: lines(f('leaders')).map((l) => { const [name = '', post = '', duties = ''] = cells(l); return { name, post, duties }; }),
    };
  }
  const year = f('year').trim();
  return { number: f('number'), title: f('title'), proposerType: f('proposerType'), year: year === '' ? NaN : Number(year), session: f('session'), replySummary: f('replySummary'), repliedAt: f('repliedAt'), attachments };
}

export function aboutForm(kind: AboutKind, content: Record<string, unknown>, s: (x: unknown) => string): Form {
  const rows = <T,>(list: unknown, row: (item: T) => unknown[]): string => ((list as T[] | undefined) ?? []).map((item) => row(item).map(s).join('|')).join('\n');
  const phones = rows<{ label: string; number: string }>(content.phones, (p) => [p.label, p.number]);
  if (kind === 'guide') return { intro: s(content.intro), sections: headedSectionsText(content.sections as { heading: string; text: string }[]), address: s(content.address), hours: s(content.hours), phones, email: s(content.email) };
  if (kind === 'bureau') {
    return {
      name: s(content.name), functions: s(content.functions), address: s(content.address), hours: s(content.hours), phones,
      bodies: rows<{ name: string; duties: string; phone: string }>(content.bodies, (b) => [b.name, b.duties, b.phone]),
      leaders: rows<{ name: string; post: string; duties: string }>(content.leaders, (l) => [l.name, l.post, l.duties]),
    };
  }
  return { number: s(content.number), title: s(content.title), proposerType: s(content.proposerType), year: s(content.year), session: s(content.session), replySummary: s(content.replySummary), repliedAt: s(content.repliedAt) };
}
