// npm run import -- <file.json> --basis "保密审查依据"
// Imports policies, explainers, Q&A and glossary terms from the format documented in
// types/api/import-format.ts, into the same place add-admin writes (see connect-sdk.ts). Importing
// publishes, so the person running it states the 保密审查 basis, recorded with every item.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { importFileSchema } from '#types/api/import-format';
import type { ImportReport } from '#types/api/workflow';
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import { connectSdk } from './connect-sdk';

export function readImportFile(path: string): unknown[] {
  const parsed = v.safeParse(importFileSchema, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} 不是有效的导入文件：应为 { "items": [...] }`);
  return parsed.output.items;
}

/** Runs the importer in this process against whatever connectSdk() points the SDK at. */
export async function importRows(items: unknown[], actor: string, check: ConfidentialityCheck): Promise<ImportReport> {
  // Loaded after the SDK is pointed somewhere: the shared cloud module initialises on import.
  const { importItems } = await import('../cloudfunctions/_shared/content/import-items');
  return importItems(items, actor, new Date(), check);
}

export function describeReport(report: ImportReport): string {
  const lines = [`新增 ${report.created} 条，更新 ${report.updated} 条，未变化 ${report.unchanged} 条，拒绝 ${report.rejected.length} 条`];
  for (const r of report.rejected) lines.push(`  第 ${r.index + 1} 条（${r.externalId || '无编号'}）：${r.message}`);
  return lines.join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--basis');
  const basis = at >= 0 ? (args[at + 1] ?? '').trim() : '';
  const file = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
  if (!file || basis.length < 4) {
    console.error('用法：npm run import -- <文件.json> --basis "保密审查依据（如：依据《保密法》和本局保密审查制度，经审查不涉密）"');
    process.exit(2);
  }
  (async () => {
    const items = readImportFile(file);
    const { where, close } = await connectSdk();
    try {
      const report = await importRows(items, 'cli:import', { basis, result: 'not_secret', by: 'cli:import', at: new Date() });
      console.log(`导入到${where}：\n${describeReport(report)}`);
      process.exitCode = report.rejected.length > 0 ? 1 : 0;
    } finally {
      await close();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
