// `npm start` twice on the same data: the second seeding finds everything in place and changes nothing.
// Run under tsx as npm start runs it (there the loader can hand a script and the code it imports two
// copies of a class, which jest's loader never does), against an in-memory local cloud.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = `
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { startEmulator } from './emulator';
import { FUNCTIONS_BUILD } from './scripts/build-cloud';
import { seedDemoBudgets } from './scripts/demo/demo-budgets';
import { DEMO_CONTENT } from './scripts/demo/seed-demo';
import { demoCheck } from './scripts/demo/demo-confidentiality';
import { importRows, readImportFile } from './scripts/import-content';
import { localSdk } from './scripts/local-sdk';
(async () => {
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  localSdk(emulator.sdkEnv);
  try {
    await importRows(readImportFile(DEMO_CONTENT), 'demo-test', demoCheck('demo-test', new Date()));
    console.log(JSON.stringify([await seedDemoBudgets('demo-test'), await seedDemoBudgets('demo-test')]));
  } finally {
    await emulator.stop();
  }
})().catch((error) => { console.error(error); process.exit(1); });
`;

it('seeds the demo budgets once, and a second seeding under tsx adds none without failing', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--eval', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(run.stderr).not.toMatch(/AppError|Error:/);
  expect(run.stdout.trim().split('\n').at(-1)).toBe('[6,0]');
}, 150_000);
