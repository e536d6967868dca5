// Jest global setup for the weapp project: the weapp build (once per run, skipped when fresh) and the
// function bundles the pages call through the local cloud.
import { buildCloudFunctions } from '../../../scripts/build-cloud';
import { ensureWeappBuild } from './weapp-build';

export default async function setup(): Promise<void> {
  await buildCloudFunctions();
  ensureWeappBuild();
}
