// A poster's mini-program code: the poster id as the whole scene, opening the page that counts the scan and
// sends the reader on. Asked for again whenever a sheet is drawn rather than stored (see mini-code).
import { POSTER_PAGE } from '#types/models/poster';
import { miniProgramCode } from '../mini-code';

export const posterCode = (posterId: string): Promise<string> => miniProgramCode(posterId, POSTER_PAGE, 430);
