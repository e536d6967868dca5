// npm run import -- <file.json>
// Imports policies, explainers, Q&A and glossary terms from the format documented in
// types/api/import-format.ts, into the same place add-admin writes (see connect-sdk.ts).
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { importFileSchema } from '#types/api/import-format';
import type { ImportReport } from '#types/api/workflow';
import { connectSdk } from './connect-sdk';

export function readImportFile(path: string): unknown[] {
  const parsed = v.safeParse(importFileSchema, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} 不是有效的导入文件：应为 { "items": [...] }`);
  return parsed.output.items;
}

/** Runs the importer in this process against whatever connectSdk() points the SDK at. */
export async function importRows(items: unknown[], actor: string): Promise<ImportReport> {
  // Loaded after the SDK is pointed somewhere: the shared cloud module initialises on import.
  const { importItems } = await import('../cloudfunctions/_shared/content/import-items');
  return importItems(items, actor, new Date());
}

export function describeReport(report: ImportReport): string {
  const lines = [`新增 ${report.created} 条，更新 ${report.updated} 条，未变化 ${report.unchanged} 条，拒绝 ${report.rejected.length} 条`];
  for (const r of report.rejected) lines.push(`  第 ${r.index + 1} 条（${r.externalId || '无编号'}）：${r.message}`);
  return lines.join('\n');
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('用法：npm run import -- <文件.json>');
    process.exit(2);
  }
  (async () => {
    const items = readImportFile(file);
    const { where, close } = await connectSdk();
    try {
      const report = await importRows(items, 'cli:import');
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
