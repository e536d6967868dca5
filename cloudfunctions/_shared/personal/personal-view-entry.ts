// What the audit log keeps of a staff member seeing a person's detail in full: never the value.
import type { PersonalField } from '#types/text/mask-detail';

export const PERSONAL_VIEW_ACTION = 'personal.view';

/** The entry's `after`: which field of which case (by tracking number), and the viewer's name then. */
export interface PersonalViewEntry {
  field: PersonalField;
  trackingNo: string;
  name: string | null;
}
