// WeChat's content security check on citizen text before it is stored: "risky" is refused with a clear
// message; "review", or the check itself failing, keeps the case but holds it from anything public.
import { AppError, invalidArgument } from '../app-error';
import { cloud } from '../cloud';
import { logError } from '../log-error';

export async function checkContent(openid: string, content: string): Promise<{ held: boolean }> {
  try {
    const res = (await cloud.openapi.security.msgSecCheck({ openid, scene: 2, version: 2, content })) as { result?: { suggest?: string } };
    const suggest = res.result?.suggest ?? 'review';
    if (suggest === 'risky') throw invalidArgument('内容含有不适宜的信息，请修改后再提交');
    return { held: suggest !== 'pass' };
  } catch (error) {
    if (error instanceof AppError) throw error;
    logError('msgSecCheck failed, case held for staff', error);
    return { held: true };
  }
}
