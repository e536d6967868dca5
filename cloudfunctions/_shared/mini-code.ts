// A mini-program code (`wxacode.getUnlimited`): unlimited in number, and the same scene and page always give
// the same code. `check_path: false` lets a code open a page before the release that has it is published.
import { cloud } from './cloud';

/** The code as a base64 PNG. */
export async function miniProgramCode(scene: string, page: string, width: number): Promise<string> {
  const res = (await cloud.openapi.wxacode.getUnlimited({ scene, page, check_path: false, width })) as { buffer?: Buffer };
  if (!res.buffer?.length) throw new Error('wxacode.getUnlimited answered without an image');
  return Buffer.from(res.buffer).toString('base64');
}
