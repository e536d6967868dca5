// The bureau's information (机构信息, 条例第二十条) as a content type with one fixed id: functions,
// internal bodies, leaders, address, hours and phones, reviewed and versioned like any content.
import { bureauInput, type BureauInput } from '#types/api/about-inputs';
import { BUREAU_COLLECTION, BUREAU_ID, type BureauDoc } from '#types/models/bureau';
import type { KindSpec } from '../content/content-kinds';

export const bureauKind: KindSpec = {
  label: '机构信息',
  collection: BUREAU_COLLECTION,
  schema: bureauInput,
  singletonId: BUREAU_ID,
  toContent: (input) => ({ ...(input as BureauInput) }),
  toInput(doc) {
    const b = doc as unknown as BureauDoc;
    return { name: b.name, functions: b.functions, bodies: b.bodies, leaders: b.leaders, address: b.address, hours: b.hours, phones: b.phones };
  },
  search(doc) {
    if (doc.lifecycle === 'withdrawn') return null;
    const b = doc as unknown as BureauDoc;
    return {
      kind: 'bureau',
      refId: b._id,
      title: `${b.name}机构信息`,
      text: b.functions,
      keywords: ['机构职能', '内设机构', '领导分工', '办公地址', ...b.bodies.map((x) => x.name), ...b.leaders.map((l) => `${l.name} ${l.post}`)].join(' '),
      path: '/about/bureau/index',
    };
  },
};
