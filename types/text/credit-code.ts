// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capitals without I, O, Z, S, V; the
// 1st is the registering authority, the 2nd the kind of body, the 3rd-8th the region code (digits), the
// 9th-17th the organisation code, and the 18th a check character: 31 - (Σ value × weight mod 31),
// with 31 read as 0.
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character the first 17 characters call for (null if one is not a code character). */
export function creditCodeCheck(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CHARS.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] as number);
  }
  return CHARS[(31 - (sum % 31)) % 31] ?? null;
}

export type CreditCodeProblem = 'shape' | 'check' | null;

/** Why a code is not a valid 统一社会信用代码 ('shape' or 'check'), or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem {
  if (!SHAPE.test(code)) return 'shape';
  return creditCodeCheck(code.slice(0, 17)) === code[17] ? null : 'check';
}
