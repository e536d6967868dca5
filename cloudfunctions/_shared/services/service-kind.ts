// The service guide as a content type: reviewed and published like every other, on the home feed
// and in search; its ratings summary is kept across versions.
import { CONTENT_INPUTS, type ServiceInput } from '#types/api/content-input';
import { SERVICE_COLLECTION, SERVICE_KIND_LABELS, type ServiceDoc } from '#types/models/service';
import type { KindSpec } from '../content/content-kinds';

export const serviceKind: KindSpec = {
  label: '办事指南',
  collection: SERVICE_COLLECTION,
  schema: CONTENT_INPUTS.service,
  defaults: { ratings: { count: 0, levels: [0, 0, 0, 0, 0] } },
  toContent: (input) => ({ ...(input as ServiceInput) }),
  toInput(doc) {
    const s = doc as unknown as ServiceDoc;
    return {
      name: s.name, kind: s.kind, lifeEvents: s.lifeEvents, summary: s.summary, basis: s.basis, eligibility: s.eligibility, materials: s.materials,
      steps: s.steps, statutoryDays: s.statutoryDays, promisedDays: s.promisedDays, fees: s.fees, places: s.places, hotline: s.hotline, onlineUrl: s.onlineUrl,
      basisPolicyIds: s.basisPolicyIds ?? [], itemCode: s.itemCode ?? '',
    };
  },
  feed: (doc) => ({ kind: 'service', refId: doc._id, title: String(doc.name), summary: String(doc.summary), publishedAt: doc.publishedAt }),
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const s = doc as unknown as ServiceDoc;
    return {
      kind: 'service',
      refId: s._id,
      title: s.name,
      text: [s.summary, s.eligibility].filter(Boolean).join(' '),
      keywords: [SERVICE_KIND_LABELS[s.kind], ...s.lifeEvents, ...s.materials.map((m) => m.name), ...s.steps.map((t) => t.title)].join(' '),
      path: `/more/service/index?id=${s._id}`,
    };
  },
};
