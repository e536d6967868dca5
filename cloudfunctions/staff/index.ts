// The staff function: actions behind the role-gated staff pages.
import { checkHealth } from '../_shared/check-health';
import type { StaffApi } from '#types/api/staff';
import { createMain } from '../_shared/create-main';
import { getEditable } from './actions/get-editable';
import { getRevision } from './actions/get-revision';
import { importContent } from './actions/import-content';
import { assignCase } from './actions/assign-case';
import { decideDisclosure } from './actions/decide-disclosure';
import { extendDisclosure } from './actions/extend-disclosure';
import { requestSupplement } from './actions/request-supplement';
import { getCaseClocks } from './actions/get-case-clocks';
import { getNoticeReport } from './actions/get-notice-report';
import { importBudget } from './actions/import-budget';
import { listBudgetCodes } from './actions/list-budget-codes';
import { saveBudgetCode } from './actions/save-budget-code';
import { listConsultationComments } from './actions/list-consultation-comments';
import { moderateComment } from './actions/moderate-comment';
import { publishOutcome } from './actions/publish-outcome';
import { recordOutcome } from './actions/record-outcome';
import { listServiceGaps } from './actions/list-service-gaps';
import { listSearchGaps } from './actions/list-search-gaps';
import { setCaseClocks } from './actions/set-case-clocks';
import { listHolidayYears } from './actions/list-holiday-years';
import { listStaffReminders } from './actions/list-staff-reminders';
import { getFreshness } from './actions/get-freshness';
import { setContentOwner } from './actions/set-content-owner';
import { getDemandSignals } from './actions/get-demand-signals';
import { recordBudgetApproval } from './actions/record-budget-approval';
import { saveHolidayYear } from './actions/save-holiday-year';
import { savePlace } from './actions/save-place';
import { listCases } from './actions/list-cases';
import { listNoticeSends } from './actions/list-notice-sends';
import { listRevisions } from './actions/list-revisions';
import { listStaff } from './actions/list-staff';
import { replyCase } from './actions/reply-case';
import { recordCase } from './actions/record-case';
import { makeSmsLinks } from './actions/make-sms-links';
import { listSmsLinks } from './actions/list-sms-links';
import { reviewRevision } from './actions/review-revision';
import { saveDraft } from './actions/save-draft';
import { setRoles } from './actions/set-roles';
import { submitRevision } from './actions/submit-revision';
import { withdrawItem } from './actions/withdraw-item';
import { revealPersonal } from './actions/reveal-personal';
import { listPersonalViews } from './actions/list-personal-views';
import { setRetention } from './actions/set-retention';
import { importBusRoutes } from './actions/import-bus-routes';
import { importDecisions } from './actions/import-decisions';
import { listStaffDecisions } from './actions/list-staff-decisions';
import { saveMeeting } from './actions/save-meeting';
import { cancelMeeting } from './actions/cancel-meeting';
import { listStaffMeetings } from './actions/list-staff-meetings';
import { listRegistrations } from './actions/list-registrations';
import { markAttendance } from './actions/mark-attendance';
import { recordMeetingOpinion } from './actions/record-meeting-opinion';
import { saveMinutes } from './actions/save-minutes';
import { setPublicityPeriods } from './actions/set-publicity-periods';
import { makePoster } from './actions/make-poster';
import { getPoster } from './actions/get-poster';
import { listPosterScans } from './actions/list-poster-scans';
import { listLiaisonTasks } from './actions/list-liaison-tasks';
import { confirmDelivery } from './actions/confirm-delivery';
import { getOfflineReport } from './actions/get-offline-report';
import { draftAnnualReport } from './actions/draft-annual-report';
import { listReportRecords } from './actions/list-report-records';
import { classifyDisclosure } from './actions/classify-disclosure';
import { exportAnnualReport } from './actions/export-annual-report';
import { importHandling } from './actions/import-handling';
import { getHandlingOverview } from './actions/get-handling-overview';
import { getWorkSummary } from './actions/get-work-summary';
import { reviewWorkSummary, saveWorkSummary, submitWorkSummary } from './actions/change-work-summary';

export const main = createMain<StaffApi>({
  checkHealth,
  listStaff,
  setRoles,
  saveDraft,
  submitRevision,
  reviewRevision,
  listRevisions,
  getRevision,
  getEditable,
  withdrawItem,
  importContent,
  listCases,
  replyCase,
  recordCase,
  makeSmsLinks,
  listSmsLinks,
  listNoticeSends,
  getNoticeReport,
  assignCase,
  getCaseClocks,
  setCaseClocks,
  listServiceGaps,
  listSearchGaps,
  importBudget,
  listBudgetCodes,
  saveBudgetCode,
  listConsultationComments,
  moderateComment,
  recordOutcome,
  publishOutcome,
  extendDisclosure,
  requestSupplement,
  decideDisclosure,
  listHolidayYears,
  saveHolidayYear,
  savePlace,
  listStaffReminders,
  revealPersonal,
  listPersonalViews,
  setRetention,
  importBusRoutes,
  importDecisions,
  listStaffDecisions,
  setPublicityPeriods,
  saveMeeting,
  cancelMeeting,
  listStaffMeetings,
  listRegistrations,
  markAttendance,
  recordMeetingOpinion,
  saveMinutes,
  getFreshness,
  setContentOwner,
  getDemandSignals,
  recordBudgetApproval,
  makePoster,
  getPoster,
  listPosterScans,
  listLiaisonTasks,
  confirmDelivery,
  getOfflineReport,
  draftAnnualReport,
  listReportRecords,
  classifyDisclosure,
  exportAnnualReport,
  importHandling,
  getHandlingOverview,
  getWorkSummary,
  saveWorkSummary,
  submitWorkSummary,
  reviewWorkSummary,
});
