// The consultation as a content type: drafted and approved like any content; comments and the outcome
// report live alongside and survive new versions of the text.
import { CONTENT_INPUTS, type ConsultationInput } from '#types/api/content-input';
import { CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import type { KindSpec } from '../content/content-kinds';
import { isoDay as day } from '../time/beijing-time';

export const consultationKind: KindSpec = {
  label: '意见征集',
  collection: CONSULTATION_COLLECTION,
  schema: CONTENT_INPUTS.consultation,
  defaults: { commentCount: 0, sectionComments: {}, outcome: null },
  toContent(input) {
    const c = input as ConsultationInput;
    return { ...c, opensAt: new Date(c.opensAt), closesAt: new Date(c.closesAt) };
  },
  toInput(doc) {
    const c = doc as unknown as ConsultationDoc;
    return { title: c.title, summary: c.summary, sections: c.sections, attachments: c.attachments, opensAt: day(c.opensAt), closesAt: day(c.closesAt), shortReason: c.shortReason };
  },
  feed: (doc) => ({ kind: 'consultation', refId: doc._id, title: String(doc.title), summary: String(doc.summary), publishedAt: doc.publishedAt }),
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const c = doc as unknown as ConsultationDoc;
    return { kind: 'consultation', refId: c._id, title: `（意见征集）${c.title}`, text: [c.summary, ...c.sections.map((s) => `${s.heading} ${s.text}`)].join(' '), path: `/more/consultation/index?id=${c._id}` };
  },
};
