// Demo 双公示: four CSV files of licences and penalties, each imported through the same checked import
// staff use, at the instant its name gives (Beijing 17:00 that day), so most went online within 7 working
// days and a few did not. Skipped when decisions are already there (a second npm start).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_COLLECTION, type DecisionKind } from '#types/models/decision';
import { demoCheck } from './demo-confidentiality';

const DIR = join(__dirname, 'decisions');

/** Call after the SDK points at the cloud to fill (the shared cloud module initialises on import). */
export async function seedDemoDecisions(actor: string): Promise<number> {
  const { countOf, db } = await import('../../cloudfunctions/_shared/cloud');
  const { importDecisions } = await import('../../cloudfunctions/_shared/decisions/import-decisions');
  if ((await countOf(db.collection(DECISION_COLLECTION))) > 0) return 0;
  let added = 0;
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()) {
    const [kind, ...day] = file.replace('.csv', '').split('-') as [DecisionKind, ...string[]];
    const at = new Date(`${day.join('-')}T17:00:00+08:00`);
    added += (await importDecisions({ kind, source: { bytes: readFileSync(join(DIR, file)) }, check: demoCheck(actor, at) }, actor, at)).rows;
  }
  return added;
}
