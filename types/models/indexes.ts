// The indexes each collection needs, declared beside the collection list. The local cloud refuses any
// filter or sort no index here serves (and enforces unique ones), and `npm run setup:cloud` creates
// them in a real environment, so an unindexed query cannot ship.
import { AUDIT_COLLECTION } from './audit';
import { BUDGET_COLLECTION } from './budget';
import { BUDGET_CODE_COLLECTION } from './budget-code';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION } from './consultation';
import { CASE_COLLECTION, CASE_FOLD_COLLECTION, CASE_SETTINGS_COLLECTION } from './case';
import { HISTORY_COLLECTION } from './content';
import { FEED_COLLECTION } from './feed';
import { HOLIDAY_CALENDAR_COLLECTION } from './holiday-calendar';
import { DELIVERY_COLLECTION, NOTICE_COLLECTION, NOTICE_PREFS_COLLECTION, NOTICE_READ_COLLECTION, NOTICE_SEND_COLLECTION } from './notice';
import { JOB_RUN_COLLECTION, SMOKE_COLLECTION } from './operations';
import { PLACE_COLLECTION } from './place';
import { POLICY_COLLECTION, QA_COLLECTION, TERM_COLLECTION } from './policy';
import { FOLLOW_COLLECTION, INSPECTION_COLLECTION, PROJECT_COLLECTION, PROJECT_UPDATE_COLLECTION } from './project';
import { QUOTA_COLLECTION } from './quota';
import { REQUEST_COLLECTION } from './request';
import { REVISION_COLLECTION } from './revision';
import { SERVICE_COLLECTION, SERVICE_RATING_COLLECTION } from './service';
import { SEARCH_COLLECTION } from './search';
import { SEARCH_LOG_COLLECTION } from './search-log';
import { STAFF_COLLECTION } from './staff';
import { VOTE_COLLECTION } from './vote';
import { GUIDE_COLLECTION } from './disclosure-guide';
import { BUREAU_COLLECTION } from './bureau';
import { PROPOSAL_COLLECTION } from './proposal';
import { BUS_ROUTE_COLLECTION } from './bus-route';
import { DECISION_COLLECTION } from './decision';
import { REACH_COLLECTION } from './reach';
import { MEETING_COLLECTION, REGISTRATION_COLLECTION } from './meeting';
import { CONTENT_OWNER_COLLECTION, FRESHNESS_COLLECTION } from './freshness';
import { POSTER_COLLECTION } from './poster';
import { VILLAGE_CONFIRMATION_COLLECTION } from './village-confirmation';
import { ANNUAL_REPORT_COLLECTION } from './annual-report';
import { HANDLING_COLLECTION } from './handling';
import { WORK_SUMMARY_COLLECTION } from './work-summary';
import type { CollectionName } from './collections';

export interface IndexSpec {
  name: string;
  keys: [field: string, direction: 1 | -1][];
  unique?: boolean;
}

const i = (name: string, ...keys: IndexSpec['keys']): IndexSpec => ({ name, keys });

export const INDEXES: Record<CollectionName, IndexSpec[]> = {
  [FEED_COLLECTION]: [i('published', ['publishedAt', -1], ['_id', -1]), i('ref', ['refId', 1])],
  [STAFF_COLLECTION]: [i('name', ['name', 1])],
  [AUDIT_COLLECTION]: [i('target', ['targetId', 1], ['action', 1]), i('action', ['action', 1]), i('action_at', ['action', 1], ['at', -1], ['_id', -1])],
  [POLICY_COLLECTION]: [i('issued', ['issuedAt', -1], ['_id', -1], ['lifecycle', 1]), i('category_issued', ['category', 1], ['issuedAt', -1], ['_id', -1]), i('year_issued', ['year', 1], ['issuedAt', -1], ['_id', -1])],
  [QA_COLLECTION]: [i('policy_order', ['policyId', 1], ['order', 1], ['_id', 1]), i('topic_order', ['topic', 1], ['order', 1], ['_id', 1]), i('order', ['order', 1], ['_id', 1], ['lifecycle', 1]), i('service_order', ['serviceId', 1], ['lifecycle', 1], ['order', 1], ['_id', 1])],
  [TERM_COLLECTION]: [i('lifecycle_term', ['lifecycle', 1], ['term', 1])],
  [REVISION_COLLECTION]: [i('status_updated', ['status', 1], ['updatedAt', -1], ['_id', -1]), i('updated', ['updatedAt', -1], ['_id', -1]), i('target_status', ['targetId', 1], ['status', 1])],
  [HISTORY_COLLECTION]: [i('target_at', ['targetId', 1], ['kind', 1], ['at', -1], ['_id', -1])],
  [SEARCH_COLLECTION]: [],
  [SEARCH_LOG_COLLECTION]: [i('week_answered', ['week', 1], ['answered', 1]), i('at', ['at', 1])],
  [VOTE_COLLECTION]: [i('person', ['openid', 1])],
  [PROJECT_COLLECTION]: [i('lifecycle_township', ['lifecycle', 1], ['township', 1]), i('township', ['township', 1]), i('updated', ['lastUpdateAt', -1], ['_id', -1], ['lifecycle', 1]), i('township_updated', ['township', 1], ['lastUpdateAt', -1], ['_id', -1]), i('type_updated', ['type', 1], ['lastUpdateAt', -1], ['_id', -1]), i('status_updated', ['status', 1], ['lastUpdateAt', -1], ['_id', -1]), i('percent', ['percent', -1], ['_id', 1], ['lifecycle', 1])],
  [PROJECT_UPDATE_COLLECTION]: [i('project_published', ['projectId', 1], ['publishedAt', -1], ['_id', -1])],
  [INSPECTION_COLLECTION]: [i('project_checked', ['projectId', 1], ['checkedAt', -1], ['_id', -1])],
  [FOLLOW_COLLECTION]: [i('target', ['targetId', 1], ['_id', 1]), i('person', ['openid', 1])],
  [CASE_COLLECTION]: [i('person_created', ['openid', 1], ['createdAt', -1], ['_id', -1]), i('status_due', ['status', 1], ['dueAt', 1], ['_id', 1]), i('due', ['dueAt', 1], ['_id', 1], ['status', 1]), i('public_replied', ['public', 1], ['firstRepliedAt', -1], ['_id', -1]), i('created', ['createdAt', -1], ['_id', -1]), i('erase_due', ['personalErasedAt', 1], ['category', 1], ['closedAt', 1]), i('erase_idle', ['personalErasedAt', 1], ['category', 1], ['status', 1], ['updatedAt', 1]), i('tracking', ['trackingNo', 1]), i('category_created', ['category', 1], ['createdAt', 1], ['_id', 1])],
  [CASE_SETTINGS_COLLECTION]: [],
  [CASE_FOLD_COLLECTION]: [i('at', ['at', 1])],
  [NOTICE_COLLECTION]: [i('lifecycle_published', ['lifecycle', 1], ['publishedAt', -1], ['_id', -1]), i('place', ['township', 1], ['village', 1])],
  [NOTICE_SEND_COLLECTION]: [i('status_send', ['status', 1], ['sendAt', 1]), i('created', ['createdAt', -1], ['_id', -1], ['template', 1]), i('related', ['relatedKey', 1], ['urgent', 1])],
  [DELIVERY_COLLECTION]: [i('job_status', ['jobId', 1], ['status', 1], ['_id', 1]), i('run_status', ['runId', 1], ['status', 1], ['_id', 1]), i('status_lease', ['status', 1], ['leaseUntil', 1]), i('status_person', ['status', 1], ['openid', 1], ['at', 1]), i('person_at', ['openid', 1], ['at', -1])],
  [NOTICE_PREFS_COLLECTION]: [i('topic', ['topics', 1], ['_id', 1]), i('township', ['townships', 1]), i('area', ['areas', 1])],
  [NOTICE_READ_COLLECTION]: [i('person', ['openid', 1])],
  [SERVICE_COLLECTION]: [i('lifecycle_name', ['lifecycle', 1], ['name', 1], ['_id', 1])],
  [SERVICE_RATING_COLLECTION]: [i('person', ['openid', 1]), i('erase_due', ['personalErasedAt', 1], ['at', 1])],
  [BUDGET_COLLECTION]: [i('type_year', ['type', 1], ['year', 1])],
  [BUDGET_CODE_COLLECTION]: [i('id_from', ['_id', 1], ['fromYear', 1])],
  [CONSULTATION_COLLECTION]: [i('lifecycle_opens', ['lifecycle', 1], ['opensAt', -1], ['_id', -1])],
  [COMMENT_COLLECTION]: [i('consultation_created', ['consultationId', 1], ['createdAt', 1], ['_id', 1]), i('consultation_status', ['consultationId', 1], ['status', 1], ['_id', 1]), i('consultation_person', ['consultationId', 1], ['openid', 1]), i('person_created', ['openid', 1], ['createdAt', -1], ['_id', -1])],
  [REQUEST_COLLECTION]: [i('at', ['at', 1])],
  [QUOTA_COLLECTION]: [i('updated', ['updatedAt', 1])],
  [HOLIDAY_CALENDAR_COLLECTION]: [i('year', ['year', 1])],
  [JOB_RUN_COLLECTION]: [],
  [SMOKE_COLLECTION]: [],
  [PLACE_COLLECTION]: [{ name: 'name', keys: [['name', 1]], unique: true }],
  [GUIDE_COLLECTION]: [],
  [BUREAU_COLLECTION]: [],
  [PROPOSAL_COLLECTION]: [i('lifecycle_replied', ['lifecycle', 1], ['repliedAt', -1], ['_id', -1]), i('year_lifecycle_replied', ['year', 1], ['lifecycle', 1], ['repliedAt', -1], ['_id', -1])],
  [BUS_ROUTE_COLLECTION]: [i('area_code', ['areas', 1], ['code', 1]), i('code', ['code', 1])],
  [REACH_COLLECTION]: [i('ref_created', ['refId', 1], ['createdAt', -1]), i('created', ['createdAt', 1])],
  [DECISION_COLLECTION]: [
    { name: 'kind_no', keys: [['kind', 1], ['decisionNo', 1]], unique: true },
    i('kind_date', ['kind', 1], ['decisionDate', -1], ['_id', -1]),
    i('kind_authority_date', ['kind', 1], ['authority', 1], ['decisionDate', -1], ['_id', -1]),
    i('kind_penalty_date', ['kind', 1], ['penaltyTypes', 1], ['decisionDate', -1], ['_id', -1]),
    i('kind_late_date', ['kind', 1], ['late', 1], ['decisionDate', -1], ['_id', -1]),
  ],
  [MEETING_COLLECTION]: [i('consultation_starts', ['consultationId', 1], ['startsAt', 1], ['_id', 1])],
  [REGISTRATION_COLLECTION]: [i('meeting_created', ['meetingId', 1], ['createdAt', 1], ['_id', 1]), i('person_created', ['openid', 1], ['createdAt', -1], ['_id', -1]), i('person_consultation', ['openid', 1], ['consultationId', 1], ['createdAt', -1], ['_id', -1]), i('erase_due', ['personalErasedAt', 1], ['updatedAt', 1])],
  [FRESHNESS_COLLECTION]: [],
  [CONTENT_OWNER_COLLECTION]: [],
  [POSTER_COLLECTION]: [i('ref_created', ['refId', 1], ['createdAt', -1]), i('created', ['createdAt', -1], ['_id', -1]), i('area_created', ['area', 1], ['createdAt', -1]), i('place', ['township', 1], ['village', 1])],
  [VILLAGE_CONFIRMATION_COLLECTION]: [i('ref_area', ['refId', 1], ['area', 1]), i('action_created', ['action', 1], ['createdAt', 1])],
  [ANNUAL_REPORT_COLLECTION]: [i('year', ['year', 1])],
  [HANDLING_COLLECTION]: [i('code_completed', ['itemCode', 1], ['completedAt', 1]), i('completed', ['completedAt', 1]), i('received', ['receivedAt', 1])],
  [WORK_SUMMARY_COLLECTION]: [],
};
