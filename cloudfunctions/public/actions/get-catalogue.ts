// Anyone may call; 政府信息公开目录: every category with its first few items and where the rest continue.
import { CATALOGUE_CATEGORIES, CATALOGUE_CATEGORY_LABELS, CATALOGUE_PREVIEW } from '#types/api/catalogue-views';
import { publicApi } from '#types/api/public';
import { CATALOGUE_SOURCES } from '../../_shared/catalogue/catalogue-sources';
import { defineHandler } from '../../_shared/define-handler';
import { offsetPage } from '../../_shared/offset-cursor';

export const getCatalogue = defineHandler(publicApi.getCatalogue, 'anyone', async () => ({
  sections: await Promise.all(
    CATALOGUE_CATEGORIES.map(async (category) => {
      const { items, nextCursor } = offsetPage(await CATALOGUE_SOURCES[category](0, CATALOGUE_PREVIEW + 1), 0, CATALOGUE_PREVIEW);
      return { category, label: CATALOGUE_CATEGORY_LABELS[category], items, nextCursor };
    }),
  ),
}));
