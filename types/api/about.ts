// Public actions for the bureau's own pages: 公开指南, 机构信息, 建议提案办理结果 and 政府信息公开目录.
import * as v from 'valibot';
import { defineAction } from './action';
import type { BureauView, GuideView, ProposalListItem, ProposalView } from './about-views';
import { CATALOGUE_CATEGORIES, type CatalogueItem, type CatalogueSection } from './catalogue-views';
import type { Paged } from './policy-views';
import { PROPOSER_TYPES } from '../models/proposal';
import { line } from './text-rule';

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const cursor = v.optional(v.pipe(v.string(), v.maxLength(100)));
const limit = (max: number) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max)));

export const aboutPublicApi = {
  getGuide: defineAction<GuideView>()(v.strictObject({})),
  getBureau: defineAction<BureauView>()(v.strictObject({})),
  /** Newest reply first; by year and kind, and words in the number, title or reply. */
  listProposals: defineAction<Paged<ProposalListItem>>()(
    v.strictObject({
      year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
      proposerType: v.optional(v.picklist(PROPOSER_TYPES)),
      q: v.optional(line(30, 0)),
      cursor,
      limit: limit(50),
    }),
    { year: '年度', proposerType: '类别', q: '搜索词' },
  ),
  /** The years with published replies, newest first. */
  listProposalYears: defineAction<{ items: { year: number; count: number }[] }>()(v.strictObject({})),
  getProposal: defineAction<ProposalView>()(v.strictObject({ id })),
  /** Every category with its first few items. */
  getCatalogue: defineAction<{ sections: CatalogueSection[] }>()(v.strictObject({})),
  listCatalogue: defineAction<Paged<CatalogueItem>>()(v.strictObject({ category: v.picklist(CATALOGUE_CATEGORIES), cursor, limit: limit(50) })),
  /** The whole catalogue as CSV text (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese). */
  exportCatalogue: defineAction<{ csv: string; count: number; exportedAt: string }>()(v.strictObject({})),
};
