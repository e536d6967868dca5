// Reading a one-document kind (the guide, the bureau) as the public sees it: the current version,
// or not found while none is published or it was withdrawn. Reads the kind's own spec, not the whole
// table of kinds, so the public function does not bundle the publishing workflow.
import type { PublishedMeta } from '#types/models/content';
import { notFound } from '../app-error';
import { db, docOrNull } from '../cloud';
import type { KindSpec } from '../content/content-kinds';

export async function publishedSingleton<T>(spec: KindSpec): Promise<{ content: T; version: number; updatedAt: string }> {
  const doc = await docOrNull<PublishedMeta & Record<string, unknown>>(db.collection(spec.collection).doc(spec.singletonId as string));
  if (!doc || doc.lifecycle === 'withdrawn') throw notFound(spec.label);
  return { content: spec.toInput(doc) as T, version: doc.version, updatedAt: doc.updatedAt.toISOString() };
}
