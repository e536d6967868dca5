// Admins: adds or changes one township and its villages. A name people's notice preferences,
// notices or projects use is never renamed or dropped (they would silently stop matching): the
// admin marks it 已撤并 instead, which keeps it readable but no longer offered. Audited.
import { staffApi } from '#types/api/staff';
import { PLACE_COLLECTION, TOWNSHIPS_MAX, type TownshipDoc } from '#types/models/place';
import { AppError, failedPrecondition } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { isDuplicateKey } from '../../_shared/duplicate-key';
import { loadPlaces } from '../../_shared/places/load-places';
import { describeReferences, placeReferences } from '../../_shared/places/place-references';
import { townshipView } from '../../_shared/places/township-view';

const KEEP_HINT = '不能改名或删除；如已撤并，请标为“已撤并”（群众已选的仍然有效，但不再供选择），再新增现在的名称';

const stamp = (t: TownshipDoc | null | undefined): number | null => (t ? new Date(t.updatedAt).getTime() : null);

async function requireUnused(township: string, village: string | null): Promise<void> {
  const used = describeReferences(await placeReferences(township, village));
  if (used) throw failedPrecondition(`「${township}${village ?? ''}」已有 ${used}在用，${KEEP_HINT}`);
}

export const savePlace = defineHandler(staffApi.savePlace, ['admin'], async (input, { caller, now }) => {
  const me = (await caller()).openid as string;
  const list = await loadPlaces('check');
  const clash = new AppError('ALREADY_EXISTS', `已有名为「${input.name}」的乡镇`);
  if (list.some((t) => t._id !== input.id && t.name === input.name)) throw clash;
  const stored = list.find((t) => t._id === input.id);
  if (!stored && list.length >= TOWNSHIPS_MAX) throw failedPrecondition(`乡镇最多 ${TOWNSHIPS_MAX} 个`);
  if (stored && stored.name !== input.name) await requireUnused(stored.name, null);
  const kept = new Set(input.villages.map((v) => v.name));
  for (const gone of stored?.villages.filter((v) => !kept.has(v.name)) ?? []) await requireUnused(stored?.name ?? '', gone.name);

  const doc: TownshipDoc = { _id: input.id, name: input.name, order: input.order, retired: input.retired, villages: input.villages, updatedAt: now, updatedBy: me };
  await runTransaction(async (tx) => {
    const ref = tx.collection(PLACE_COLLECTION).doc(input.id);
    const before = await docOrNull<TownshipDoc>(ref);
    // Checked against what was read above: a change in between is refused, not overwritten.
    if (stamp(before) !== stamp(stored)) {
      throw failedPrecondition('这个乡镇刚被别人改过，请刷新后再改');
    }
    const { _id, ...data } = doc;
    await ref.set({ data });
    await recordAudit(tx, { actor: me, action: 'place.save', collection: PLACE_COLLECTION, targetId: input.id, before, after: doc }, now);
  }).catch((error: unknown) => {
    // Two townships saved at once under one name: the unique index on the name refuses the second.
    throw isDuplicateKey(error) ? clash : error;
  });
  return { township: townshipView(doc) };
});
