// Demo 办件 records: a year for the demo guides, generated deterministically and imported through the same
// checked import staff use, at a fixed instant. Importing again stores nothing twice, so a second start
// adds nothing.
import { DEMO_HANDLING_AT, demoHandlingCsv } from './demo-handling-csv';

/** Call after the SDK points at the cloud to fill (the shared cloud module initialises on import). */
export async function seedDemoHandling(actor: string): Promise<number> {
  const { importHandling } = await import('../../cloudfunctions/_shared/handling/import-handling');
  const bytes = Buffer.from(demoHandlingCsv(), 'utf8');
  return (await importHandling({ bytes }, actor, DEMO_HANDLING_AT)).created;
}
