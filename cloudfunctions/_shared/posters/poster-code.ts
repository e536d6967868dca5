// A poster's mini-program code: `wxacode.getUnlimited` with the poster id as the whole scene, opening the
// page that counts the scan and sends the reader on. Codes are unlimited and the same scene gives the same
// code, so it is asked for again whenever a sheet is drawn rather than stored.
import { POSTER_PAGE } from '#types/models/poster';
import { cloud } from '../cloud';

/** The code as a base64 PNG. */
export async function posterCode(posterId: string): Promise<string> {
  // check_path false: the code works before the release containing the page is published.
  const res = (await cloud.openapi.wxacode.getUnlimited({ scene: posterId, page: POSTER_PAGE, check_path: false, width: 430 })) as { buffer?: Buffer };
  if (!res.buffer?.length) throw new Error('wxacode.getUnlimited answered without an image');
  return Buffer.from(res.buffer).toString('base64');
}
