// The catalogue as CSV: one row per item under a header, fields quoted where they must be (RFC 4180),
// with a byte-order mark so spreadsheet programs on Chinese Windows read UTF-8.
import { CATALOGUE_CATEGORY_LABELS, type CatalogueCategory, type CatalogueItem } from '#types/api/catalogue-views';

export const CATALOGUE_CSV_HEADER = ['类别', '标题', '文号或编号', '日期', '小程序页面'];

/** A field quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function catalogueCsv(sections: { category: CatalogueCategory; items: CatalogueItem[] }[]): string {
  const rows = [CATALOGUE_CSV_HEADER, ...sections.flatMap((s) => s.items.map((i) => [CATALOGUE_CATEGORY_LABELS[s.category], i.title, i.docNumber, i.date ?? '', i.path]))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
