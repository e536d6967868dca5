// Editors and reviewers; 完整性检查: every published guide that still lacks a required element.
import type { ServiceGap } from '#types/api/service-views';
import { staffApi } from '#types/api/staff';
import { SERVICE_COLLECTION, type ServiceDoc, serviceGaps } from '#types/models/service';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const listServiceGaps = defineHandler(staffApi.listServiceGaps, ['editor', 'reviewer'], async () => {
  const services = await docsOf<ServiceDoc>(db.collection(SERVICE_COLLECTION).where({ lifecycle: 'published' }).orderBy('name', 'asc').limit(1000));
  const items: ServiceGap[] = services.map((s) => ({ id: s._id, name: s.name, gaps: serviceGaps(s) })).filter((s) => s.gaps.length > 0);
  return { items };
});
