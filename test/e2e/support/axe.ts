// axe-core run inside the page (the installed axe.min.js, injected): the violations with their impact.
import type { Page } from 'playwright-core';

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string;
  /** CSS selectors of the offending elements (the first few). */
  targets: string[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/** Counts of violations (one per rule and page) by impact, with the rules. */
export function countByImpact(violations: AxeViolation[]): Record<string, string> {
  const rules: Record<string, Map<string, number>> = {};
  for (const v of violations) {
    const byRule = (rules[v.impact] ??= new Map());
    byRule.set(v.id, (byRule.get(v.id) ?? 0) + 1);
  }
  return Object.fromEntries(
    Object.entries(rules).map(([impact, byRule]) => [impact, [...byRule].map(([id, n]) => `${id} ×${n}`).join(', ')]),
  );
}
