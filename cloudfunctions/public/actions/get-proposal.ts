// Anyone may call; one proposal reply with its reply document; a withdrawn one with its banner note.
import { publicApi } from '#types/api/public';
import { PROPOSAL_COLLECTION, type ProposalDoc } from '#types/models/proposal';
import { toProposalItem } from '../../_shared/about/proposal-view';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { fileUrls } from '../../_shared/file-urls';

export const getProposal = defineHandler(publicApi.getProposal, 'anyone', async ({ id }) => {
  const p = await docOrNull<ProposalDoc>(db.collection(PROPOSAL_COLLECTION).doc(id));
  if (!p) throw notFound('建议提案办理结果');
  const urls = await fileUrls(p.attachments.map((a) => a.fileId));
  return {
    ...toProposalItem(p),
    replySummary: p.replySummary,
    attachments: p.attachments.map((a) => ({ name: a.name, url: urls.get(a.fileId) ?? null })),
    withdrawnNote: p.lifecycle === 'withdrawn' ? p.lifecycleNote : null,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
});
