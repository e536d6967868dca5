// The subscription templates' ids. A real environment sets NOTICE_TEMPLATE_IDS on the public and
// jobs functions ({"notice":"...","digest":"...","project":"...","case":"..."}, from the mini-program console);
// locally the emulator accepts any id.
import type { TemplateKey } from '#types/models/notice';

const LOCAL_IDS: Record<TemplateKey, string> = {
  notice: 'local-template-notice',
  digest: 'local-template-digest',
  project: 'local-template-project',
  case: 'local-template-case',
};

let ids: Record<TemplateKey, string> | undefined;

/** Read once per instance: the sender asks for an id on every message. */
export function templateIds(): Record<TemplateKey, string> {
  const configured = process.env.NOTICE_TEMPLATE_IDS;
  ids ??= configured ? { ...LOCAL_IDS, ...(JSON.parse(configured) as Partial<Record<TemplateKey, string>>) } : LOCAL_IDS;
  return ids;
}
