// CSV as spreadsheet programs and bulk platforms read it: fields quoted where they must be (RFC 4180),
// a leading =+-@ defused, rows ended with CRLF, and a byte-order mark so Chinese Windows reads UTF-8.

/** A field quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvText = (rows: string[][]): string => `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
