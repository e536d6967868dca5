// Anyone may call; one category of 政府信息公开目录, a page at a time.
import { publicApi } from '#types/api/public';
import { CATALOGUE_SOURCES } from '../../_shared/catalogue/catalogue-sources';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';

export const listCatalogue = defineHandler(publicApi.listCatalogue, 'anyone', async ({ category, cursor, limit = 20 }) => {
  const offset = decodeOffset(cursor);
  return offsetPage(await CATALOGUE_SOURCES[category](offset, limit + 1), offset, limit);
});
