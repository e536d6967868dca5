// Jest global setup for the node project: function tests run the bundles exactly as deployed.
import { buildCloudFunctions } from '../../scripts/build-cloud';

export default async function buildFunctions(): Promise<void> {
  await buildCloudFunctions();
}
