// What is recorded about attention to the items demand signals name (there are no read counts): the
// title, helpful / not-helpful votes, a project's followers, and the township of a project or notice.
// Read only for those items, 100 ids a query, four queries at a time.
import type { DemandKind } from '#types/models/demand';
import { NOTICE_COLLECTION } from '#types/models/notice';
import { POLICY_COLLECTION, QA_COLLECTION } from '#types/models/policy';
import { FOLLOW_COLLECTION, PROJECT_COLLECTION } from '#types/models/project';
import { SERVICE_COLLECTION } from '#types/models/service';
import { _, db, docsOf } from '../../cloud';

const BATCH = 100;
const PARALLEL = 4;

export interface ItemAttention {
  title: string;
  township: string | null;
  helpful: number;
  unhelpful: number;
  followers: number;
  /** Withdrawn or superseded items are not listed (nothing to update). */
  published: boolean;
}

/** Where each kind lives and which field is its title (budgets are not documents with votes: none). */
const SOURCES: Partial<Record<DemandKind, { collection: string; title: string; township: boolean }>> = {
  policy: { collection: POLICY_COLLECTION, title: 'title', township: false },
  qa: { collection: QA_COLLECTION, title: 'question', township: false },
  project: { collection: PROJECT_COLLECTION, title: 'name', township: true },
  service: { collection: SERVICE_COLLECTION, title: 'name', township: false },
  notice: { collection: NOTICE_COLLECTION, title: 'title', township: true },
};

const batches = (ids: string[]): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) out.push(ids.slice(i, i + BATCH));
  return out;
};

async function inGroups<T>(work: (() => Promise<T[]>)[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < work.length; i += PARALLEL) out.push(...(await Promise.all(work.slice(i, i + PARALLEL).map((w) => w()))).flat());
  return out;
}

type Raw = { _id: string; votes?: { helpful: number; unhelpful: number }; township?: string | null; lifecycle?: string } & Record<string, unknown>;

/** `${kind}:${id}` → what is recorded about it, for the items that exist. */
export async function readItemAttention(items: { kind: DemandKind; id: string }[]): Promise<Map<string, ItemAttention>> {
  const out = new Map<string, ItemAttention>();
  const work: (() => Promise<void[]>)[] = [];
  for (const [kind, source] of Object.entries(SOURCES) as [DemandKind, NonNullable<(typeof SOURCES)[DemandKind]>][]) {
    const ids = [...new Set(items.filter((i) => i.kind === kind).map((i) => i.id))];
    for (const batch of batches(ids)) {
      work.push(async () => {
        const docs = await docsOf<Raw>(db.collection(source.collection).where({ _id: _.in(batch) }).field({ [source.title]: true, votes: true, lifecycle: true, ...(source.township ? { township: true } : {}) }).limit(BATCH));
        for (const d of docs) {
          out.set(`${kind}:${d._id}`, {
            title: String(d[source.title] ?? ''), township: source.township ? (d.township ?? null) : null,
            helpful: d.votes?.helpful ?? 0, unhelpful: d.votes?.unhelpful ?? 0, followers: 0, published: (d.lifecycle ?? 'published') === 'published',
          });
        }
        return [];
      });
    }
  }
  await inGroups(work);
  // Followers of the projects listed, counted by one grouping per batch.
  const projects = [...new Set(items.filter((i) => i.kind === 'project').map((i) => i.id))];
  const follows = await inGroups(batches(projects).map((batch) => async () =>
    ((await db.collection(FOLLOW_COLLECTION).aggregate().match({ targetId: _.in(batch) }).group({ _id: '$targetId', n: _.aggregate.sum(1) }).limit(BATCH).end()) as { list: { _id: string; n: number }[] }).list,
  ));
  for (const f of follows) {
    const a = out.get(`project:${f._id}`);
    if (a) a.followers = f.n;
  }
  return out;
}
