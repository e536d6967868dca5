// Anyone may call; the whole 政府信息公开目录 as CSV text, for H5 to download and weapp to copy.
import { CATALOGUE_CATEGORIES, type CatalogueItem } from '#types/api/catalogue-views';
import { publicApi } from '#types/api/public';
import { catalogueCsv } from '../../_shared/catalogue/catalogue-csv';
import { CATALOGUE_SOURCES, type CataloguePage } from '../../_shared/catalogue/catalogue-sources';
import { defineHandler } from '../../_shared/define-handler';

const PAGE = 1000;

async function everything(page: CataloguePage): Promise<CatalogueItem[]> {
  const all: CatalogueItem[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await page(offset, PAGE);
    all.push(...rows);
    if (rows.length < PAGE) return all;
  }
}

export const exportCatalogue = defineHandler(publicApi.exportCatalogue, 'anyone', async (_input, { now }) => {
  const sections = await Promise.all(CATALOGUE_CATEGORIES.map(async (category) => ({ category, items: await everything(CATALOGUE_SOURCES[category]) })));
  return { csv: catalogueCsv(sections), count: sections.reduce((n, s) => n + s.items.length, 0), exportedAt: now.toISOString() };
});
