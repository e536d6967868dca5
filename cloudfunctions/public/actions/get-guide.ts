// Anyone may call; the published 政府信息公开指南.
import type { GuideContent } from '#types/models/disclosure-guide';
import { publicApi } from '#types/api/public';
import { guideKind } from '../../_shared/about/guide-kind';
import { publishedSingleton } from '../../_shared/about/published-singleton';
import { defineHandler } from '../../_shared/define-handler';

export const getGuide = defineHandler(publicApi.getGuide, 'anyone', async () => {
  const { content, version, updatedAt } = await publishedSingleton<GuideContent>(guideKind);
  return { ...content, version, updatedAt };
});
