// Anyone: one 双公示 decision, while it is in its publicity period.
import { publicApi } from '#types/api/public';
import { DECISION_COLLECTION, type DecisionDoc } from '#types/models/decision';
import { AppError, notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { toDecisionView } from '../../_shared/decisions/decision-view';
import { inViewFrom, publicitySettings } from '../../_shared/decisions/publicity-settings';
import { defineHandler } from '../../_shared/define-handler';
import { cstDay } from '../../_shared/time/working-days';

export const getDecision = defineHandler(publicApi.getDecision, 'anyone', async ({ id }, { now }) => {
  const [decision, { days }] = await Promise.all([docOrNull<DecisionDoc>(db.collection(DECISION_COLLECTION).doc(id)), publicitySettings()]);
  if (!decision) throw notFound('这条公示');
  if (decision.decisionDate < inViewFrom(cstDay(now), days[decision.kind])) throw new AppError('NOT_FOUND', '这条决定已过公示期，不再公开');
  return toDecisionView(decision, days[decision.kind]);
});
