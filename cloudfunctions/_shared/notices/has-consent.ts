// Whether a person's stored answer to the subscribe dialog lets one more message of a template go out.
import type { NoticePrefsDoc, TemplateKey } from '#types/models/notice';

export function hasConsent(prefs: NoticePrefsDoc, template: TemplateKey): boolean {
  const consent = prefs.consents[template];
  if (!consent) return false;
  return consent.type === 'long' ? consent.accepted : consent.remaining > 0;
}
