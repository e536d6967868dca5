// What a recipient gets from a job, decided once when the delivery record is written: a message now,
// a place in tonight's digest, or the notice centre only (no consent left for the template).
import type { DeliveryStatus, NoticePrefsDoc, NoticeSendDoc } from '#types/models/notice';

export function hasConsent(prefs: NoticePrefsDoc, template: NoticeSendDoc['template']): boolean {
  const consent = prefs.consents[template];
  if (!consent) return false;
  return consent.type === 'long' ? consent.accepted : consent.remaining > 0;
}

export function decideDelivery(prefs: NoticePrefsDoc | null, job: NoticeSendDoc): DeliveryStatus {
  if (!prefs) return 'no_consent';
  // Followers turn project news off with the 我关注的项目 topic.
  if ('followersOf' in job.target && !prefs.topics.includes('project')) return 'no_consent';
  if (job.template === 'notice' && !job.urgent && prefs.mode === 'digest') return hasConsent(prefs, 'digest') ? 'digest' : 'no_consent';
  return hasConsent(prefs, job.template) ? 'pending' : 'no_consent';
}
