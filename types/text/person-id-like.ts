// Something that looks like a resident ID number (18 digits, the last may be X, or the old 15 digits),
// not part of a longer run of letters and digits. 双公示 files must never carry a natural person's ID
// number: a row with one is refused rather than masked, so the file is fixed at its source.
// (No lookbehind: older WeChat engines lack it.)
const ID_LIKE = /(^|[^0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/;

export const looksLikePersonId = (text: string): boolean => ID_LIKE.test(text);
