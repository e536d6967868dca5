import type { PosterSheet, PosterView } from '#types/api/posters';
import type { PosterDoc } from '#types/models/poster';
import { cstDay } from '../time/working-days';
import { bureauCard } from './bureau-card';
import { posterCode } from './poster-code';

export const posterView = (doc: PosterDoc, bureau: PosterView['bureau']): PosterView => ({
  id: doc._id,
  subject: doc.subject,
  kind: doc.kind,
  refId: doc.refId,
  township: doc.township,
  village: doc.village,
  area: doc.area,
  title: doc.title,
  points: doc.points,
  items: doc.items.map(({ kind, title }) => ({ kind, title })),
  month: doc.month,
  webLink: doc.webLink,
  bureau,
  day: cstDay(doc.createdAt),
  scans: doc.scans,
  createdByName: doc.createdByName,
  createdAt: doc.createdAt.toISOString(),
});

/** Everything the sheet prints, its code included. */
export async function posterSheet(doc: PosterDoc): Promise<PosterSheet> {
  const [bureau, codePng] = await Promise.all([bureauCard(), posterCode(doc._id)]);
  return { ...posterView(doc, bureau), codePng };
}
