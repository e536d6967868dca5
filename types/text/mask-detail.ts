// A person's details as staff see them by default: enough to recognise, not enough to use. The full
// value is one deliberate, recorded tap away (staff action revealPersonal).

/** The personal fields of a case staff may reveal: the call-back phone and a disclosure applicant's details. */
export const PERSONAL_FIELDS = ['phone', 'applicant.idNumber', 'applicant.phone', 'applicant.address', 'applicant.email'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export const PERSONAL_FIELD_LABELS: Record<PersonalField, string> = {
  phone: '回电号码',
  'applicant.idNumber': '证件号码',
  'applicant.phone': '联系电话',
  'applicant.address': '通信地址',
  'applicant.email': '邮箱',
};

const keepEnds = (value: string, head: number, tail: number): string =>
  value.length <= head + tail ? '*'.repeat(value.length) : `${value.slice(0, head)}${'*'.repeat(value.length - head - tail)}${value.slice(value.length - tail)}`;

/** 138****5678; a landline keeps its first 3 and last 4 characters the same way. */
const maskPhone = (value: string): string => keepEnds(value, 3, 4);
/** 4301**********123X (an organisation's credit code alike). */
const maskIdNumber = (value: string): string => keepEnds(value, 4, 4);
/** Up to the county (县/区/市) if the address names one early, else its first third, then ***: in a county's
 * own addresses the town and village after the county are what identify a household. */
function maskAddress(value: string): string {
  const county = value.slice(0, 12).search(/[县区市](?!场)/);
  const keep = county >= 1 ? county + 1 : Math.min(6, Math.floor(value.length / 3));
  return `${value.slice(0, Math.max(keep, 1))}***`;
}
/** a***@x.com */
function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  return at <= 0 ? keepEnds(value, 1, 0) : `${value.slice(0, 1)}***${value.slice(at)}`;
}

const MASKS: Record<'phone' | 'idNumber' | 'address' | 'email', (value: string) => string> = { phone: maskPhone, idNumber: maskIdNumber, address: maskAddress, email: maskEmail };

/** The value masked for its kind of field; an empty value stays empty. */
export function maskDetail(field: PersonalField, value: string): string;
export function maskDetail(field: PersonalField, value: string | null): string | null;
export function maskDetail(field: PersonalField, value: string | null): string | null {
  if (!value) return value;
  const kind = field === 'phone' || field === 'applicant.phone' ? 'phone' : (field.slice('applicant.'.length) as 'idNumber' | 'address' | 'email');
  return MASKS[kind](value);
}
