// Anyone may call; the years with published proposal replies and how many, newest first.
import { publicApi } from '#types/api/public';
import { PROPOSAL_COLLECTION, type ProposalDoc } from '#types/models/proposal';
import { allDocs } from '../../_shared/all-docs';
import { db } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const listProposalYears = defineHandler(publicApi.listProposalYears, 'anyone', async () => {
  // A whole-collection read of two small fields: a county has a few hundred replies a year.
  const rows = await allDocs<Pick<ProposalDoc, 'year' | 'lifecycle'>>((offset, limit) => db.collection(PROPOSAL_COLLECTION).skip(offset).limit(limit).field({ year: true, lifecycle: true }));
  const counts = new Map<number, number>();
  for (const row of rows) if (row.lifecycle !== 'withdrawn') counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
  return { items: [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year) };
});
