// A decision as the public list, the public page and the staff list show it.
import type { DecisionListItem, DecisionView, StaffDecisionItem } from '#types/api/decision-views';
import type { DecisionDoc } from '#types/models/decision';
import { isoDay, isoDayOrNull } from '../time/beijing-time';
import { publicUntil } from './publicity-settings';

export const toDecisionListItem = (d: DecisionDoc): DecisionListItem => ({
  id: d._id,
  kind: d.kind,
  decisionNo: d.decisionNo,
  partyName: d.partyName,
  partyType: d.partyType,
  decisionDate: isoDay(d.decisionDate),
  authority: d.authority,
  content: d.content,
  penaltyTypes: d.penaltyTypes,
  amount: d.amount,
});

export const toDecisionView = (d: DecisionDoc, days: number): DecisionView => ({
  ...toDecisionListItem(d),
  creditCode: d.creditCode,
  legalRep: d.legalRep,
  licenceType: d.licenceType,
  certificate: d.certificate,
  validFrom: isoDayOrNull(d.validFrom),
  validTo: isoDayOrNull(d.validTo),
  violation: d.violation,
  legalBasis: d.legalBasis,
  publishedAt: d.publishedAt.toISOString(),
  publicUntil: publicUntil(d.decisionDate, days),
});

export const toStaffDecisionItem = (d: DecisionDoc): StaffDecisionItem => ({
  ...toDecisionListItem(d),
  publishedAt: d.publishedAt.toISOString(),
  dueAt: d.dueAt.toISOString(),
  late: d.late,
  importedBy: d.importedBy,
  confidentiality: { ...d.confidentiality, at: d.confidentiality.at.toISOString() },
});
