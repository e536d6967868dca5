// The admin's township form: villages typed one a line (or separated by 、), in use and 已撤并 apart,
// turned into the input the function takes and checked with its own schema.
import * as v from 'valibot';
import { describeIssues } from '#types/api/describe-issues';
import { PLACE_FIELD_LABELS } from '#types/api/field-labels';
import { type TownshipInput, type TownshipView, townshipInput } from '#types/api/places';

export interface TownshipForm {
  id: string;
  name: string;
  order: string;
  retired: boolean;
  /** Villages in use, one a line. */
  villages: string;
  /** Villages merged away (已撤并), one a line: kept so what names them still reads. */
  retiredVillages: string;
}

const names = (text: string): string[] => text.split(/[\s、，,；;]+/).filter(Boolean);

export function emptyTownshipForm(id: string, order: number): TownshipForm {
  return { id, name: '', order: String(order), retired: false, villages: '', retiredVillages: '' };
}

export function townshipFormOf(t: TownshipView): TownshipForm {
  const list = (retired: boolean): string => t.villages.filter((x) => x.retired === retired).map((x) => x.name).join('\n');
  return { id: t.id, name: t.name, order: String(t.order), retired: t.retired, villages: list(false), retiredVillages: list(true) };
}

export function townshipInputOf(form: TownshipForm): unknown {
  return {
    id: form.id,
    name: form.name.trim(),
    order: form.order.trim() === '' ? 0 : Number(form.order),
    retired: form.retired,
    villages: [...names(form.villages).map((name) => ({ name, retired: false })), ...names(form.retiredVillages).map((name) => ({ name, retired: true }))],
  };
}

/** The input, or why it cannot be saved (in the function's words, fields named in Chinese). */
export function checkTownshipForm(form: TownshipForm): { input: TownshipInput } | { problem: string } {
  const parsed = v.safeParse(townshipInput, townshipInputOf(form));
  return parsed.success ? { input: parsed.output } : { problem: describeIssues(parsed.issues, PLACE_FIELD_LABELS) };
}
