// The subscription templates' ids. A real environment sets NOTICE_TEMPLATE_IDS on the public and
// jobs functions ({"notice":"...","digest":"...","project":"...","case":"..."}, from the mini-program console);
// locally the emulator accepts any id, and `npm start` sets these as a deployment would.
import type { TemplateKey } from '#types/models/notice';
import type { TemplateIdsState } from '#types/models/operations';

export const LOCAL_IDS: Record<TemplateKey, string> = {
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

/** Whether this function was deployed with every template id (the smoke test asks; locally none are set). */
export function templateIdsState(): TemplateIdsState {
  const configured = process.env.NOTICE_TEMPLATE_IDS;
  if (!configured) return 'missing';
  try {
    const parsed = JSON.parse(configured) as Record<string, unknown>;
    return (Object.keys(LOCAL_IDS) as TemplateKey[]).every((key) => typeof parsed[key] === 'string' && parsed[key] !== '') ? 'set' : 'incomplete';
  } catch {
    return 'incomplete';
  }
}
