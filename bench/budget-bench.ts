// Budgets: the bytes the chart code adds to the package that holds it (the main package: project,
// service and budget pages all draw with it), and the largest budget page's payload on demo data.
import { demoCheck } from '../scripts/demo/demo-confidentiality';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import type { Result } from '#types/result';
import { startEmulator } from '../emulator';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { DEMO_CONTENT } from '../scripts/demo/seed-demo';
import { localSdk } from '../scripts/local-sdk';
import { ROOT } from '../scripts/local-paths';

/** BarChart alone, minified, with React and Taro left out (the app ships those anyway). */
async function chartBytes(): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/components/ui/bar-chart.tsx')],
    bundle: true, write: false, minify: true, format: 'esm', jsx: 'automatic',
    external: ['react', 'react/jsx-runtime', '@tarojs/components', '@tarojs/taro'], logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code).length };
}

export async function budgetBench(): Promise<{ chartRaw: number; chartGzip: number; largestPayload: number; largestId: string }> {
  const chart = await chartBytes();
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    localSdk(emulator.sdkEnv);
    const { importItems } = await import('../cloudfunctions/_shared/content/import-items');
    const { seedDemoBudgets } = await import('../scripts/demo/demo-budgets');
    await importItems((JSON.parse(readFileSync(DEMO_CONTENT, 'utf8')) as { items: unknown[] }).items, 'bench', new Date(), demoCheck('bench', new Date()));
    await seedDemoBudgets('bench');
    let largest = { bytes: 0, id: '' };
    for (const [year, type] of [[2023, 'final'], [2024, 'final'], [2025, 'final'], [2024, 'budget'], [2025, 'budget'], [2026, 'budget']] as const) {
      const res = (await emulator.call('public', { action: 'getBudget', payload: { year, type } }, 'anonymous')) as Result<unknown>;
      if (!res.ok) throw new Error(res.message);
      const bytes = Buffer.byteLength(JSON.stringify(res));
      if (bytes > largest.bytes) largest = { bytes, id: `${year}-${type}` };
    }
    return { chartRaw: chart.raw, chartGzip: chart.gzip, largestPayload: largest.bytes, largestId: largest.id };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  budgetBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
