// The classification codes in force for a budget year: the shipped national codes (the newest
// edition that applies to the year) with an admin's additions and renamings from that year or before
// laid over them, the latest entry for a code winning.
import type { BudgetCodeView } from '#types/api/budget-import';
import { type BudgetCodeEntry, classificationOf } from '#types/models/budget-code';
import national from './national-codes.json';

interface Edition {
  fromYear: number;
  title: string;
  codes: Record<string, string>;
}

const EDITIONS = (national.editions as Edition[]).slice().sort((a, b) => a.fromYear - b.fromYear);

/** The shipped edition for a year: the newest that starts by then, or the oldest for earlier years. */
export function nationalEdition(year: number): Edition {
  const applies = EDITIONS.filter((e) => e.fromYear <= year);
  return (applies[applies.length - 1] ?? EDITIONS[0]) as Edition;
}

export interface CodeBook {
  year: number;
  /** The shipped edition's title, for messages and the code list. */
  edition: string;
  nameOf(code: string): string | null;
  views(): BudgetCodeView[];
}

/** `entries` may hold any years; those after `year` are ignored. */
export function codeBookFor(year: number, entries: readonly BudgetCodeEntry[]): CodeBook {
  const edition = nationalEdition(year);
  const entered = new Map<string, BudgetCodeEntry>();
  for (const e of [...entries].filter((x) => x.fromYear <= year).sort((a, b) => a.fromYear - b.fromYear)) entered.set(e.code, e);
  const nameOf = (code: string): string | null => entered.get(code)?.name ?? edition.codes[code] ?? null;
  return {
    year,
    edition: edition.title,
    nameOf,
    views: () =>
      [...new Set([...Object.keys(edition.codes), ...entered.keys()])].sort().flatMap((code) => {
        const classification = classificationOf(code);
        const entry = entered.get(code);
        return classification ? [{ code, name: nameOf(code) as string, classification, origin: entry ? ('entered' as const) : ('national' as const), fromYear: entry?.fromYear ?? null }] : [];
      }),
  };
}
