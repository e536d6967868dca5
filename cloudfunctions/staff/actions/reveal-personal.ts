// Editors and reviewers: one masked detail of a case in full, on a deliberate tap. Recorded in the audit
// log as personal.view (who, when, which case, which field; never the value) in the same transaction.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { PERSONAL_FIELD_LABELS, type PersonalField } from '#types/text/mask-detail';
import { notFound } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { PERSONAL_VIEW_ACTION, type PersonalViewEntry } from '../../_shared/personal/personal-view-entry';

function valueOf(c: CaseDoc, field: PersonalField): string | null {
  if (field === 'phone') return c.phone;
  const applicant = c.disclosure?.applicant;
  return applicant ? applicant[field.slice('applicant.'.length) as 'idNumber' | 'phone' | 'address' | 'email'] : null;
}

export const revealPersonal = defineHandler(staffApi.revealPersonal, ['editor', 'reviewer'], async ({ caseId, field }, { caller, now }) => {
  const me = await caller();
  return runTransaction(async (tx) => {
    const c = await docOrNull<CaseDoc>(tx.collection(CASE_COLLECTION).doc(caseId));
    if (!c) throw notFound('事项');
    const value = c.personalErasedAt ? null : valueOf(c, field);
    if (!value) throw notFound(`这件事的${PERSONAL_FIELD_LABELS[field]}`);
    const after: PersonalViewEntry = { field, trackingNo: c.trackingNo, name: me.name };
    await recordAudit(tx, { actor: me.openid as string, action: PERSONAL_VIEW_ACTION, collection: CASE_COLLECTION, targetId: caseId, before: null, after }, now);
    return { value };
  });
});
