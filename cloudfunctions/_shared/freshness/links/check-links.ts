// The timer's `check-links` task: finds the external links in published guides and notices and asks
// each server whether the address answers — a few a run, never two at once to the same host, within
// what the run gives it — then keeps one result per link in the `links` document (a link that answered
// is asked again after a day; a failed one after an hour, and reported broken after failing twice in a
// row). The freshness check lists broken ones among content health. Overlapping runs merge: for each
// link the later check is kept.
import { createHash } from 'node:crypto';
import { FRESHNESS_COLLECTION, LINK_CHECKS_ID, LINK_RECHECK_HOURS, type LinkCheck, type LinkChecksDoc } from '#types/models/freshness';
import { NOTICE_COLLECTION } from '#types/models/notice';
import { SERVICE_COLLECTION } from '#types/models/service';
import { allDocs } from '../../all-docs';
import { db, docOrNull, runTransaction } from '../../cloud';
import { type FoundLink, findLinks, type LinkSource } from './find-links';
import { httpStatus, isAnswer } from './http-status';

/** Requests one run may make, and at once (never two at once to one host). */
export const LINKS_PER_RUN = 20;
const PARALLEL = 2;
const TIMEOUT_MS = 5_000;
const HOUR_MS = 3600_000;

export const linkKey = (url: string): string => createHash('sha256').update(url).digest('hex').slice(0, 16);

async function readSources(): Promise<LinkSource> {
  const [services, notices] = await Promise.all([
    allDocs<LinkSource['services'][number]>((offset, limit) => db.collection(SERVICE_COLLECTION).where({ lifecycle: 'published' }).orderBy('name', 'asc').orderBy('_id', 'asc').field({ name: true, onlineUrl: true }).skip(offset).limit(limit)),
    allDocs<LinkSource['notices'][number]>((offset, limit) => db.collection(NOTICE_COLLECTION).where({ lifecycle: 'published' }).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').field({ title: true, body: true }).skip(offset).limit(limit)),
  ]);
  return { services, notices };
}

const isDue = (entry: LinkCheck | undefined, now: Date): boolean =>
  !entry || now.getTime() - entry.checkedAt.getTime() >= (entry.ok ? LINK_RECHECK_HOURS : 1) * HOUR_MS;

/** Checks the due links, at most LINKS_PER_RUN, while `remainingMs` leaves room for one more request. */
async function checkDue(due: FoundLink[], previous: Record<string, LinkCheck>, now: Date, remainingMs: () => number): Promise<LinkCheck[]> {
  const queue = due.slice(0, LINKS_PER_RUN);
  const busyHosts = new Set<string>();
  const results: LinkCheck[] = [];
  const worker = async (): Promise<void> => {
    for (;;) {
      if (remainingMs() < TIMEOUT_MS + 500) return;
      const index = queue.findIndex((l) => !busyHosts.has(hostOf(l.url)));
      if (index < 0) return;
      const [link] = queue.splice(index, 1) as [FoundLink];
      const host = hostOf(link.url);
      busyHosts.add(host);
      const answer = await httpStatus(link.url, TIMEOUT_MS);
      busyHosts.delete(host);
      const ok = isAnswer(answer);
      const before = previous[linkKey(link.url)];
      results.push({ url: link.url, items: link.items, status: answer.status, error: answer.error, ok, failures: ok ? 0 : (before?.failures ?? 0) + 1, checkedAt: now });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export interface LinkSummary {
  links: number;
  checked: number;
  broken: number;
}

export async function checkLinks(now: Date, remainingMs: () => number): Promise<LinkSummary> {
  const ref = db.collection(FRESHNESS_COLLECTION).doc(LINK_CHECKS_ID);
  const [found, stored] = await Promise.all([readSources().then(findLinks), docOrNull<LinkChecksDoc>(ref)]);
  const previous = stored?.links ?? {};
  const due = found.filter((l) => isDue(previous[linkKey(l.url)], now))
    .sort((a, b) => (previous[linkKey(a.url)]?.checkedAt.getTime() ?? 0) - (previous[linkKey(b.url)]?.checkedAt.getTime() ?? 0));
  const checked = await checkDue(due, previous, now, remainingMs);
  const fresh = new Map(checked.map((c) => [linkKey(c.url), c]));
  const links = await runTransaction(async (tx) => {
    const txRef = tx.collection(FRESHNESS_COLLECTION).doc(LINK_CHECKS_ID);
    const current = (await docOrNull<LinkChecksDoc>(txRef))?.links ?? {};
    const next: Record<string, LinkCheck> = {};
    // Links no longer published drop out; for each one still there, the later check wins.
    for (const l of found) {
      const key = linkKey(l.url);
      const candidates = [current[key], fresh.get(key)].filter((c): c is LinkCheck => c !== undefined);
      const latest = candidates.sort((a, b) => b.checkedAt.getTime() - a.checkedAt.getTime())[0];
      if (latest) next[key] = { ...latest, items: l.items };
    }
    await txRef.set({ data: { links: next, updatedAt: now } });
    return next;
  });
  return { links: found.length, checked: checked.length, broken: Object.values(links).filter((l) => !l.ok).length };
}
