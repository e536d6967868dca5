// Demo budgets and final accounts: six CSV files (budgets 2024-2026, final accounts 2023-2025, 20
// special-fund allocations) through the same checked import staff use, read from the files' bytes as an
// uploaded file is. A year already there is kept.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BudgetType } from '#types/models/budget';
import { demoCheck } from './demo-confidentiality';

const DIR = join(__dirname, 'budgets');

/** Call after the SDK points at the cloud to fill (the shared cloud module initialises on import). */
export async function seedDemoBudgets(actor: string): Promise<number> {
  const { importBudget } = await import('../../cloudfunctions/_shared/budgets/import-budget');
  let added = 0;
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()) {
    const [year, type] = file.replace('.csv', '').split('-') as [string, BudgetType];
    try {
      const at = new Date();
      await importBudget({ year: Number(year), type, source: { bytes: readFileSync(join(DIR, file)) }, replace: false, documents: [], check: demoCheck(actor, at) }, actor, at);
      added += 1;
    } catch (error) {
      // Already imported (a second npm start): by its code, since the loader may give this script and the
      // importer two copies of the AppError class, and instanceof would then say no.
      if ((error as { code?: unknown }).code !== 'FAILED_PRECONDITION') throw error;
    }
  }
  return added;
}
