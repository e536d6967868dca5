// The citizen-facing function: what the mini-program calls for public content and citizen actions.
import type { PublicApi } from '#types/api/public';
import type { CallContext } from '../_shared/call-context';
import { createMain } from '../_shared/create-main';
import { isHttpEvent } from '../_shared/http-access';
import { answerPortal } from './portal/answer-portal';
import { getMe } from './actions/get-me';
import { getMyCase } from './actions/get-my-case';
import { getNotice } from './actions/get-notice';
import { getNoticePrefs } from './actions/get-notice-prefs';
import { listNotices } from './actions/list-notices';
import { recordConsents } from './actions/record-consents';
import { saveNoticePrefs } from './actions/save-notice-prefs';
import { getPolicy } from './actions/get-policy';
import { getPolicyBody } from './actions/get-policy-body';
import { answerFollowUp } from './actions/answer-follow-up';
import { applyDisclosure } from './actions/apply-disclosure';
import { supplementDisclosure } from './actions/supplement-disclosure';
import { followProject } from './actions/follow-project';
import { getBudget } from './actions/get-budget';
import { getCaseStats } from './actions/get-case-stats';
import { getConsultation } from './actions/get-consultation';
import { listComments } from './actions/list-comments';
import { listConsultations } from './actions/list-consultations';
import { listMyComments } from './actions/list-my-comments';
import { submitComment } from './actions/submit-comment';
import { claimCase } from './actions/claim-case';
import { recordOpen } from './actions/record-open';
import { openPoster } from './actions/open-poster';
import { getVisitorCode } from './actions/get-visitor-code';
import { listBudgetYears } from './actions/list-budget-years';
import { getService } from './actions/get-service';
import { listLifeEvents } from './actions/list-life-events';
import { listServices } from './actions/list-services';
import { rateService } from './actions/rate-service';
import { listAnsweredCases } from './actions/list-answered-cases';
import { getProject } from './actions/get-project';
import { getQa } from './actions/get-qa';
import { listFeed } from './actions/list-feed';
import { listHistory } from './actions/list-history';
import { listInspections } from './actions/list-inspections';
import { listMyCases } from './actions/list-my-cases';
import { listPolicies } from './actions/list-policies';
import { listProjectUpdates } from './actions/list-project-updates';
import { listProjects } from './actions/list-projects';
import { listTownships } from './actions/list-townships';
import { listPlaces } from './actions/list-places';
import { checkHealth } from '../_shared/check-health';
import { listQas } from './actions/list-qas';
import { listTerms } from './actions/list-terms';
import { reopenMyCase } from './actions/reopen-my-case';
import { getRetention } from './actions/get-retention';
import { exportMyData } from './actions/export-my-data';
import { submitCase } from './actions/submit-case';
import { vote } from './actions/vote';
import { getGuide } from './actions/get-guide';
import { getBureau } from './actions/get-bureau';
import { listProposals } from './actions/list-proposals';
import { listProposalYears } from './actions/list-proposal-years';
import { getProposal } from './actions/get-proposal';
import { getCatalogue } from './actions/get-catalogue';
import { listCatalogue } from './actions/list-catalogue';
import { exportCatalogue } from './actions/export-catalogue';
import { listDecisions } from './actions/list-decisions';
import { getDecision } from './actions/get-decision';
import { getDecisionFacets } from './actions/get-decision-facets';

import { listBusRoutes } from './actions/list-bus-routes';
import { getBusRoute } from './actions/get-bus-route';
import { findBusTrips } from './actions/find-bus-trips';
import { listMeetings } from './actions/list-meetings';
import { registerMeeting } from './actions/register-meeting';
import { cancelRegistration } from './actions/cancel-registration';
import { listMyRegistrations } from './actions/list-my-registrations';
import { listAnnualReports } from './actions/list-annual-reports';
import { getAnnualReport } from './actions/get-annual-report';
import { getServiceTimes } from './actions/get-service-times';
const actions = createMain<PublicApi>({
  listFeed,
  getMe,
  listPolicies,
  getPolicy,
  getPolicyBody,
  listQas,
  getQa,
  listHistory,
  listTerms,
  getRetention,
  exportMyData,
  vote,
  listProjects,
  getProject,
  listProjectUpdates,
  listInspections,
  followProject,
  listTownships,
  listPlaces,
  checkHealth,
  submitCase,
  claimCase,
  recordOpen,
  listMyCases,
  getMyCase,
  reopenMyCase,
  listNotices,
  getNotice,
  getNoticePrefs,
  saveNoticePrefs,
  recordConsents,
  getCaseStats,
  listAnsweredCases,
  answerFollowUp,
  listServices,
  listLifeEvents,
  getService,
  rateService,
  listBudgetYears,
  getBudget,
  listConsultations,
  getConsultation,
  listComments,
  submitComment,
  listMyComments,
  applyDisclosure,
  supplementDisclosure,
  getGuide,
  getBureau,
  listProposals,
  listProposalYears,
  getProposal,
  getCatalogue,
  listCatalogue,
  exportCatalogue,
  listBusRoutes,
  getBusRoute,
  findBusTrips,
  listDecisions,
  getDecision,
  getDecisionFacets,
  listMeetings,
  registerMeeting,
  cancelRegistration,
  listMyRegistrations,
  openPoster,
  getVisitorCode,
  listAnnualReports,
  getAnnualReport,
  getServiceTimes,
});

/** Calls from the app, and requests through the HTTP access service (the county portal's feeds and H5). */
export async function main(event: unknown, platform?: CallContext): Promise<unknown> {
  return isHttpEvent(event) ? answerPortal(event, (action) => actions(action, platform)) : actions(event, platform);
}
