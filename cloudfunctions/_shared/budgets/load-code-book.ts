// The code book for a budget year, with every entry an admin made for that year or before.
import { BUDGET_CODE_COLLECTION, type BudgetCodeDoc } from '#types/models/budget-code';
import { allDocs } from '../all-docs';
import { _, db } from '../cloud';
import { type CodeBook, codeBookFor } from './budget-code-book';

export async function loadCodeBook(year: number): Promise<CodeBook> {
  const entries = await allDocs<BudgetCodeDoc>((offset, limit) =>
    db.collection(BUDGET_CODE_COLLECTION).where({ fromYear: _.lte(year) }).orderBy('_id', 'asc').skip(offset).limit(limit).field({ code: true, name: true, fromYear: true }),
  );
  return codeBookFor(year, entries);
}
