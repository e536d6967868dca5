// Replies to deputies' suggestions and members' proposals (建议提案办理结果) as a content type: on the
// home feed and in search, listed by year.
import { proposalInput, type ProposalInput } from '#types/api/about-inputs';
import { PROPOSAL_COLLECTION, PROPOSER_TYPE_LABELS, type ProposalDoc } from '#types/models/proposal';
import type { KindSpec } from '../content/content-kinds';
import { isoDayOrNull as day } from '../time/beijing-time';

export const proposalKind: KindSpec = {
  label: '建议提案办理结果',
  collection: PROPOSAL_COLLECTION,
  schema: proposalInput,
  toContent(input) {
    const p = input as ProposalInput;
    return { ...p, repliedAt: new Date(p.repliedAt) };
  },
  toInput(doc) {
    const p = doc as unknown as ProposalDoc;
    return { number: p.number, title: p.title, proposerType: p.proposerType, year: p.year, session: p.session, replySummary: p.replySummary, attachments: p.attachments, repliedAt: day(p.repliedAt) };
  },
  feed: (doc) => {
    const p = doc as unknown as ProposalDoc;
    return { kind: 'proposal', refId: p._id, title: `${PROPOSER_TYPE_LABELS[p.proposerType]}答复：${p.title}`, summary: p.replySummary.slice(0, 80), publishedAt: doc.publishedAt };
  },
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const p = doc as unknown as ProposalDoc;
    return {
      kind: 'proposal',
      refId: p._id,
      title: p.title,
      text: p.replySummary,
      keywords: [p.number, PROPOSER_TYPE_LABELS[p.proposerType], '建议提案办理', p.session, `${p.year}年`].filter(Boolean).join(' '),
      path: `/about/proposal/index?id=${p._id}`,
    };
  },
};
