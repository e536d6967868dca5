// Editors and reviewers: for a published item, one WeChat URL link (30 days) per area a carrier targets
// (a township, or the whole county) and the SMS text carrying it, tagged so opens are counted per area.
// Once per request id. The bureau holds nobody's number: the carrier sends to the area.
import { reachStaffApi } from '#types/api/reach';
import { BUREAU_COLLECTION, BUREAU_FALLBACK_NAME, BUREAU_ID, type BureauDoc } from '#types/models/bureau';
import { COUNTY_WIDE } from '#types/models/place';
import { LINK_DAYS, REACH_COLLECTION, type ReachLinkDoc, smsSource } from '#types/models/reach';
import { invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { cloud, db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { newId } from '../../_shared/new-id';
import { oncePerRequest } from '../../_shared/once-per-request';
import { loadPlaces } from '../../_shared/places/load-places';
import { linkSetView } from '../../_shared/reach/link-set-view';
import { publishedEntry } from '../../_shared/reach/published-entry';
import { smsText } from '../../_shared/reach/sms-text';

const DAY_MS = 86_400_000;

async function segmentsOf(asked: string[]): Promise<string[]> {
  const townships = new Set((await loadPlaces('check')).filter((t) => !t.retired).map((t) => t.name));
  const unique = [...new Set(asked)];
  const unknown = unique.find((s) => s !== COUNTY_WIDE && !townships.has(s));
  if (unknown) throw invalidArgument(`「${unknown}」不在乡镇名单里`);
  return unique;
}

export const makeSmsLinks = defineHandler(reachStaffApi.makeSmsLinks, ['editor', 'reviewer'], async ({ requestId, refId, segments }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const { id } = await oncePerRequest('makeSmsLinks', me, requestId, {
    async prepare() {
      const { entry, path } = await publishedEntry(refId, now, '只能为已发布的内容生成短信链接');
      const labels = await segmentsOf(segments);
      const bureau = (await docOrNull<BureauDoc>(db.collection(BUREAU_COLLECTION).doc(BUREAU_ID)))?.name?.trim() || BUREAU_FALLBACK_NAME;
      const linkId = newId();
      const [page = '', query = ''] = path.replace(/^\//, '').split('?');
      const made = [];
      for (const [i, label] of labels.entries()) {
        const res = (await cloud.openapi.urllink.generate({ path: page, query: `${query}&src=${smsSource(linkId, i)}`, expire_type: 1, expire_interval: LINK_DAYS })) as { urlLink: string };
        made.push({ label, url: res.urlLink, sms: smsText(bureau, entry.title, res.urlLink) });
      }
      const doc: ReachLinkDoc = { _id: linkId, kind: entry.kind, refId, title: entry.title, segments: made, opens: {}, createdAt: now, expiresAt: new Date(now.getTime() + LINK_DAYS * DAY_MS), createdBy: me };
      return doc;
    },
    async write(tx, doc) {
      await tx.collection(REACH_COLLECTION).add({ data: doc });
      await recordAudit(tx, { actor: me, action: 'reach.sms', collection: REACH_COLLECTION, targetId: doc._id, before: null, after: { refId: doc.refId, segments: doc.segments.map((s) => s.label) } }, now);
      return { id: doc._id };
    },
  }, now);
  const stored = await docOrNull<ReachLinkDoc>(db.collection(REACH_COLLECTION).doc(id));
  if (!stored) throw new Error(`link set ${id} answered but not stored`);
  return linkSetView(stored);
});
