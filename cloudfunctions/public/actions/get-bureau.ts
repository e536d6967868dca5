// Anyone may call; the published 机构信息 (functions, internal bodies, leaders, address, hours, phones).
import type { BureauContent } from '#types/models/bureau';
import { publicApi } from '#types/api/public';
import { bureauKind } from '../../_shared/about/bureau-kind';
import { publishedSingleton } from '../../_shared/about/published-singleton';
import { defineHandler } from '../../_shared/define-handler';

export const getBureau = defineHandler(publicApi.getBureau, 'anyone', async () => {
  const { content, version, updatedAt } = await publishedSingleton<BureauContent>(bureauKind);
  return { ...content, version, updatedAt };
});
