// Anyone may call; the visible change history (更新记录) of a published item.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { historyPage } from '../queries/history-page';

export const listHistory = defineHandler(publicApi.listHistory, 'anyone', async ({ kind, id, cursor, limit = 20 }) =>
  historyPage(kind, id, cursor, limit),
);
