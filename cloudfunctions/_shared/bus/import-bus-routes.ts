// Imports the bus routes CSV onto the workflow: the file is read and checked whole (every cell, every
// route, every stop against the place list) and refused whole with the lines at fault; then each new or
// changed route becomes a revision submitted for review by its author (the demo seed publishes at once),
// all in one transaction. The same file imported again adds nothing.
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import type { BusImportResult } from '#types/api/bus-import';
import { BUS_ROUTE_COLLECTION } from '#types/models/bus-route';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { invalidArgument } from '../app-error';
import { recordAudit } from '../audit';
import { docOrNull, runTransaction } from '../cloud';
import { type BudgetSource, budgetText } from '../budgets/budget-text';
import { CONTENT_KINDS } from '../content/content-kinds';
import { stable } from '../content/import-items';
import { publishRevision } from '../content/publish-revision';
import { busRouteId, shortHash as hash } from './bus-route-id';
import { busRouteRefProblems } from './bus-route-kind';
import { type ParsedRoute, parseBusCsv } from './parse-bus-csv';


async function refErrors(routes: ParsedRoute[]): Promise<string[]> {
  const errors: string[] = [];
  for (const route of routes) {
    for (const p of await busRouteRefProblems(route.input, busRouteId(route.input.code))) {
      errors.push(`第 ${p.stop === null ? route.line : (route.stopLines[p.stop] ?? route.line)} 行：${p.message}`);
    }
  }
  return errors;
}

/** `mode`: onto review (staff), or published at once with the given 保密审查 (the demo seed). */
export async function importBusRoutes(source: BudgetSource, actor: string, now: Date, mode: 'submit' | { publish: ConfidentialityCheck }): Promise<BusImportResult> {
  const { text } = await budgetText(source, '全县的城乡公交线路表通常只有几十到几百 KB');
  const parsed = parseBusCsv(text);
  if (!parsed.ok) throw invalidArgument(parsed.errors.join('；'));
  const errors = await refErrors(parsed.routes);
  if (errors.length) throw invalidArgument(errors.slice(0, 10).join('；'));
  return runTransaction(async (tx) => {
    const result: BusImportResult = { routes: parsed.routes.length, submitted: 0, unchanged: 0, revisionIds: [] };
    for (const { input } of parsed.routes) {
      const content = CONTENT_KINDS.busRoute.toContent(input);
      const targetId = busRouteId(input.code);
      const current = await docOrNull<Record<string, unknown> & { version: number }>(tx.collection(BUS_ROUTE_COLLECTION).doc(targetId));
      const version = current?.version ?? 0;
      const revisionId = `busimport-${targetId}-v${version + 1}-${hash(stable(content), 8)}`;
      const same = current && stable(Object.fromEntries(Object.keys(content).map((k) => [k, current[k]]))) === stable(content);
      if (same || (await docOrNull(tx.collection(REVISION_COLLECTION).doc(revisionId)))) {
        result.unchanged += 1;
        continue;
      }
      const revision: RevisionDoc = {
        _id: revisionId, kind: 'busRoute', targetId, baseVersion: version, content, changeNote: current ? '按导入的线路表更新' : '首次发布',
        status: 'in_review', authorId: actor, reviewerId: null, reviewNote: null, createdAt: now, updatedAt: now, submittedAt: now, decidedAt: null,
      };
      const { _id, ...data } = revision;
      await tx.collection(REVISION_COLLECTION).doc(_id).set({ data });
      await recordAudit(tx, { actor, action: 'revision.import', collection: REVISION_COLLECTION, targetId: _id, before: null, after: revision }, now);
      if (mode !== 'submit') await publishRevision(tx, revision, actor, '演示数据导入', now, mode.publish);
      result.submitted += 1;
      result.revisionIds.push(revisionId);
    }
    return result;
  });
}
