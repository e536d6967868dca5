// A date as spreadsheets write it, to 'YYYY-MM-DD': Excel writes 2025/3/15 unless told otherwise;
// 2025-03-15, 2025.3.15 and 2025年3月15日 are read too. Anything else comes back unchanged (and fails
// the caller's 'YYYY-MM-DD' check).
export function csvDay(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}` : text;
}
