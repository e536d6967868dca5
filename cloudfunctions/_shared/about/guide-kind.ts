// The disclosure guide (公开指南) as a content type with one fixed id: drafted, reviewed, versioned and
// searchable like any content, never on the home feed.
import { guideInput, type GuideInput } from '#types/api/about-inputs';
import { GUIDE_COLLECTION, GUIDE_ID, type GuideDoc } from '#types/models/disclosure-guide';
import type { KindSpec } from '../content/content-kinds';

export const guideKind: KindSpec = {
  label: '公开指南',
  collection: GUIDE_COLLECTION,
  schema: guideInput,
  singletonId: GUIDE_ID,
  toContent: (input) => ({ ...(input as GuideInput) }),
  toInput(doc) {
    const g = doc as unknown as GuideDoc;
    return { intro: g.intro, sections: g.sections, address: g.address, hours: g.hours, phones: g.phones, email: g.email };
  },
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const g = doc as unknown as GuideDoc;
    return {
      kind: 'guide',
      refId: g._id,
      title: '政府信息公开指南',
      text: [g.intro, ...g.sections.map((s) => `${s.heading}：${s.text}`)].join(' '),
      keywords: ['依申请公开', '信息公开申请', g.address, ...g.phones.map((p) => p.label)].join(' '),
      path: '/about/guide/index',
    };
  },
};
