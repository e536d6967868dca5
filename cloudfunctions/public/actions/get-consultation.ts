// Anyone may call; a consultation's draft by section with its visible-comment counts, and its outcome report.
import { publicApi } from '#types/api/public';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { toConsultationItem } from '../../_shared/consultations/consultation-view';
import { defineHandler } from '../../_shared/define-handler';
import { fileUrls } from '../../_shared/file-urls';

export const getConsultation = defineHandler(publicApi.getConsultation, 'anyone', async ({ id }, { now }) => {
  const c = await docOrNull<ConsultationDoc>(db.collection(CONSULTATION_COLLECTION).doc(id));
  if (!c) throw notFound('意见征集');
  const urls = await fileUrls(c.attachments.map((a) => a.fileId));
  return {
    ...toConsultationItem(c, now),
    sections: c.sections.map((s, i) => ({ ...s, comments: c.sectionComments?.[`s${i}`] ?? 0 })),
    attachments: c.attachments.map((a) => ({ name: a.name, url: urls.get(a.fileId) ?? null })),
    shortReason: c.shortReason,
    outcome: c.outcome ? { summary: c.outcome.summary, publishedAt: c.outcome.publishedAt.toISOString(), counts: c.outcome.counts } : null,
    withdrawnNote: c.lifecycle === 'withdrawn' ? c.lifecycleNote : null,
  };
});
