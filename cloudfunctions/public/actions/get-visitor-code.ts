// Anyone: the mini-program's code for the web version's visitors. One code for everyone, so each function
// instance asks the platform once and keeps it (a failed try is asked for again next time).
import { visitorCodeApi, VISITOR_SCENE } from '#types/api/visitor-code';
import { defineHandler } from '../../_shared/define-handler';
import { miniProgramCode } from '../../_shared/mini-code';

let kept: Promise<string> | null = null;

export const getVisitorCode = defineHandler(visitorCodeApi.getVisitorCode, 'anyone', async () => {
  kept ??= miniProgramCode(VISITOR_SCENE, 'pages/index/index', 280).catch((error: unknown) => {
    kept = null;
    throw error;
  });
  return { png: await kept };
});
