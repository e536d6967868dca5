// The catalogue as CSV: one row per item under a header, fields quoted where they must be (RFC 4180),
// with a byte-order mark so spreadsheet programs on Chinese Windows read UTF-8.
import { csvText } from '../text/csv-text';
import { CATALOGUE_CATEGORY_LABELS, type CatalogueCategory, type CatalogueItem } from '#types/api/catalogue-views';

export const CATALOGUE_CSV_HEADER = ['类别', '标题', '文号或编号', '日期', '小程序页面'];

export function catalogueCsv(sections: { category: CatalogueCategory; items: CatalogueItem[] }[]): string {
  const rows = [CATALOGUE_CSV_HEADER, ...sections.flatMap((s) => s.items.map((i) => [CATALOGUE_CATEGORY_LABELS[s.category], i.title, i.docNumber, i.date ?? '', i.path]))];
  return csvText(rows);
}
