// Builds what the browser tests drive: the H5 app (as `npm start` serves it) and the functions.
import { buildCloudFunctions } from '../../../scripts/build-cloud';
import { taroBuild } from '../../../scripts/taro-build';

export default async function setup(): Promise<void> {
  await buildCloudFunctions();
  taroBuild('h5');
}
