// Builds what the browser tests drive: the H5 app (as `npm start` serves it) and the functions, after
// making sure there is a browser to drive it with.
import { buildCloudFunctions } from '../../../scripts/build-cloud';
import { taroBuild } from '../../../scripts/taro-build';
import { ensureChromium, MissingBrowser } from './ensure-chromium';

export default async function setup(): Promise<void> {
  try {
    ensureChromium();
  } catch (error) {
    if (!(error instanceof MissingBrowser)) throw error;
    // One line, then stop the whole run: jest prints no stack for a process that exits here.
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
  await buildCloudFunctions();
  taroBuild('h5');
}
