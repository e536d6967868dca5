// What a recipient gets from a job, decided once when the delivery record is written: a message now,
// a place in tonight's digest, or the notice centre only (no consent left for the template).
import type { DeliveryStatus, NoticePrefsDoc, NoticeSendDoc } from '#types/models/notice';
import { hasConsent } from '../_shared/notices/has-consent';

export { hasConsent };

export function decideDelivery(prefs: NoticePrefsDoc | null, job: NoticeSendDoc): DeliveryStatus {
  if (!prefs) return 'no_consent';
  // Followers turn project news off with the 我关注的项目 topic.
  if ('followersOf' in job.target && !prefs.topics.includes('project')) return 'no_consent';
  if (job.template === 'notice' && !job.urgent && prefs.mode === 'digest') return hasConsent(prefs, 'digest') ? 'digest' : 'no_consent';
  return hasConsent(prefs, job.template) ? 'pending' : 'no_consent';
}
