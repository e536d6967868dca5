// A search as it may be kept: numbers that identify a person or a vehicle masked before anything is
// stored. ID numbers before phone numbers (an ID contains phone-like runs), then any long number left.
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const MASKS: [RegExp, string][] = [
  [/\d{17}[\dXx]|\d{15}/g, '[身份证号]'],
  [/1[3-9]\d{9}/g, '[手机号]'],
  [/0\d{2,3}-?\d{7,8}/g, '[电话]'],
  [new RegExp(`[${PROVINCES}]\\s?[A-Za-z][\\s·]?[A-Za-z0-9]{5,6}`, 'g'), '[车牌号]'],
  [/\d{7,}/g, '[号码]'],
];

export function maskQuery(q: string): string {
  return MASKS.reduce((text, [pattern, mask]) => text.replace(pattern, mask), q.trim());
}

/** What is searched for: the question without those numbers, which say who asks, not what about. */
export const searchableText = (q: string): string => maskQuery(q).replace(/\[[^\]]*\]/g, ' ');
