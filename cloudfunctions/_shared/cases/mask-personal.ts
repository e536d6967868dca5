// Before a citizen's words are shown to others: phone, ID and plate numbers, e-mail addresses and
// self-introductions ("我叫…", "姓名…") are masked. Staff still see the original.
const RULES: [RegExp, string][] = [
  [/\d{17}[\dXx]|\d{15}/g, '[身份证号已隐藏]'],
  [/1\d{2}[\s-]?\d{4}[\s-]?\d{4}/g, '[手机号已隐藏]'],
  [/0\d{2,3}-?\d{7,8}/g, '[电话已隐藏]'],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[邮箱已隐藏]'],
  [/[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}/g, '[车牌已隐藏]'],
  [/(我叫|姓名[:：]?|联系人[:：]?)\s*[\u4e00-\u9fa5]{2,4}/g, '$1**'],
  [/\d{6,}/g, '[数字已隐藏]'],
];

/** For a log line: also the WeChat user ids that document ids and file paths carry (a record keyed
 * `<OPENID>:…`, a file under uploads/<OPENID>/), but other long numbers (error codes, counts) stay readable. */
const LOG_RULES: [RegExp, string][] = [
  [/\b(uploads|staff)\/[^/\s"']+/g, '$1/[用户]'],
  [/\bo[A-Za-z0-9_-]{27}\b/g, '[用户]'],
  ...RULES.filter(([, replacement]) => replacement !== '[数字已隐藏]'),
];

export function maskPersonal(text: string, forLog = false): string {
  return (forLog ? LOG_RULES : RULES).reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
