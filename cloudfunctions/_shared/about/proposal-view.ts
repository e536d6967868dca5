// A published proposal reply as lists and its page show it.
import type { ProposalListItem } from '#types/api/about-views';
import type { ProposalDoc } from '#types/models/proposal';
import { isoDay } from '../time/beijing-time';

const EXCERPT = 60;

export function toProposalItem(p: ProposalDoc): ProposalListItem {
  const excerpt = p.replySummary.length > EXCERPT ? `${p.replySummary.slice(0, EXCERPT)}…` : p.replySummary;
  return { id: p._id, number: p.number, title: p.title, proposerType: p.proposerType, year: p.year, session: p.session, repliedAt: isoDay(p.repliedAt), excerpt };
}
