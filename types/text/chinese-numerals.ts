// Arabic numerals as they are said in Mandarin: amounts (一千二百五十点五), and identifiers read digit by
// digit (phone numbers, road codes, years). Pure functions over digit strings, shared by the app's
// read-aloud and the functions' broadcast scripts.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const PLACES = ['', '十', '百', '千'] as const;
const GROUPS = ['', '万', '亿', '万亿'] as const;

/** The longest whole number read as an amount; longer runs of digits are read one by one. */
export const MAX_AMOUNT_DIGITS = 16;

/**
 * Digits one by one: 2026 → 二零二六. With `yao`, 1 is 幺, as phone numbers and road codes are said
 * (幺 cannot be misheard as 七 over a loudspeaker).
 */
export function digitByDigit(digits: string, { yao = false }: { yao?: boolean } = {}): string {
  let spoken = '';
  for (const d of digits) spoken += d === '1' && yao ? '幺' : (DIGITS[Number(d)] ?? d);
  return spoken;
}

/** One group of up to four digits (0–9999), with 零 for the zeros inside it: 1005 → 一千零五. */
function groupReading(group: string): string {
  let spoken = '';
  let zeros = false;
  const digits = group.replace(/^0+/, '');
  for (let i = 0; i < digits.length; i += 1) {
    const d = Number(digits[i]);
    const place = PLACES[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zeros = true;
      continue;
    }
    if (zeros) spoken += '零';
    zeros = false;
    spoken += DIGITS[d] + place;
  }
  return spoken;
}

/**
 * A whole number as an amount: 1250 → 一千二百五十, 10 → 十, 100010 → 十万零一十, 2000 → 两千.
 * Leading zeros (007) and runs longer than MAX_AMOUNT_DIGITS are not amounts: read one by one.
 */
export function integerReading(digits: string): string {
  if (digits.length > MAX_AMOUNT_DIGITS || (digits.length > 1 && digits.startsWith('0'))) return digitByDigit(digits);
  if (/^0+$/.test(digits)) return '零';
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end));
  let spoken = '';
  let zeroPending = false;
  groups.forEach((group, i) => {
    const unit = GROUPS[groups.length - 1 - i] ?? '';
    if (Number(group) === 0) {
      zeroPending = spoken !== '';
      return;
    }
    // A group under 1000 after a higher one reads with 零: 10,0050 → 十万零五十.
    if (spoken && (zeroPending || Number(group) < 1000)) spoken += '零';
    zeroPending = false;
    spoken += groupReading(group) + unit;
  });
  // 10–19 start with 十, not 一十 (十五, 十万); 2 before 千, 万 or 亿 at the start is 两 (两千, 两万).
  return spoken.replace(/^一十/, '十').replace(/^二(?=千|万|亿)/, '两');
}

/** A number with an optional decimal part: 1250.5 → 一千二百五十点五, 0.05 → 零点零五. */
export function numberReading(integer: string, fraction = ''): string {
  const whole = integerReading(integer);
  return fraction ? `${whole}点${digitByDigit(fraction)}` : whole;
}
