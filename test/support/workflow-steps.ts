// Steps of the publishing workflow as staff take them, for tests that need published content.
import type { RevisionDetail } from '#types/api/workflow';
import type { ContentKind } from '#types/models/revision';
import type { ProductCloud } from './product-cloud';

/** The 保密审查 an approval carries in tests. */
export const CONFIDENTIALITY = { basis: '依据《保密法》和本局保密审查制度，经审查不涉密', result: 'not_secret' } as const;

/** The payload of approving a revision for publication, with its 保密审查. */
export const approval = (revisionId: string, note = ''): Record<string, unknown> => ({ revisionId, decision: 'approve', note, confidentiality: CONFIDENTIALITY });

let sequence = 0;

export async function publish(cloud: ProductCloud, kind: ContentKind, content: Record<string, unknown>, targetId: string | null = null): Promise<RevisionDetail> {
  sequence += 1;
  const revisionId = `rev-${Date.now()}-${sequence}`;
  const saved = await cloud.call<RevisionDetail>('staff', 'saveDraft', { revisionId, kind, targetId, content, changeNote: '' }, 'editor');
  if (!saved.ok) throw new Error(`saveDraft: ${saved.message}`);
  const submitted = await cloud.call('staff', 'submitRevision', { revisionId }, 'editor');
  if (!submitted.ok) throw new Error(`submit: ${submitted.message}`);
  const reviewed = await cloud.call('staff', 'reviewRevision', approval(revisionId), 'reviewer');
  if (!reviewed.ok) throw new Error(`review: ${reviewed.message}`);
  return saved.data;
}
