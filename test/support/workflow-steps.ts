// Steps of the publishing workflow as staff take them, for tests that need published content.
import type { RevisionDetail } from '#types/api/workflow';
import type { ContentKind } from '#types/models/revision';
import type { ProductCloud } from './product-cloud';

let sequence = 0;

export async function publish(cloud: ProductCloud, kind: ContentKind, content: Record<string, unknown>, targetId: string | null = null): Promise<RevisionDetail> {
  sequence += 1;
  const revisionId = `rev-${Date.now()}-${sequence}`;
  const saved = await cloud.call<RevisionDetail>('staff', 'saveDraft', { revisionId, kind, targetId, content, changeNote: '' }, 'editor');
  if (!saved.ok) throw new Error(`saveDraft: ${saved.message}`);
  const submitted = await cloud.call('staff', 'submitRevision', { revisionId }, 'editor');
  if (!submitted.ok) throw new Error(`submit: ${submitted.message}`);
  const reviewed = await cloud.call('staff', 'reviewRevision', { revisionId, decision: 'approve', note: '' }, 'reviewer');
  if (!reviewed.ok) throw new Error(`review: ${reviewed.message}`);
  return saved.data;
}
