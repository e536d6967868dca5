// Anyone may call; Q&A of one policy or one topic, a page at a time.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { qaPage } from '../queries/qa-page';

export const listQas = defineHandler(publicApi.listQas, 'anyone', async ({ policyId, topic, cursor, limit = 20 }) =>
  qaPage({ policyId, topic }, cursor, limit),
);
