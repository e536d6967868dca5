// Where a budget's CSV comes from: the file a reviewer uploaded (downloaded from cloud storage and
// decoded: UTF-8 or GBK), the bytes of a file on disk (the demo seed), or text pasted in the form.
// Whatever the route, text that reads as garbled is refused before anything is parsed.
import { BUDGET_FILE_MAX_BYTES, type BudgetFileEncoding } from '#types/models/budget';
import { invalidArgument } from '../app-error';
import { cloud } from '../cloud';
import { decodeCsvBytes, garbledTextProblem } from './decode-csv-bytes';

export type BudgetSource = { fileId: string } | { bytes: Uint8Array } | { csv: string };

async function download(fileId: string): Promise<Uint8Array> {
  let content: Buffer | undefined;
  try {
    content = ((await cloud.downloadFile({ fileID: fileId })) as { fileContent?: Buffer }).fileContent;
  } catch (error) {
    // The storage service answers a missing file with code STORAGE_FILE_NONEXIST (status -503003).
    const { code, errCode } = (error ?? {}) as { code?: unknown; errCode?: unknown };
    if (code === 'STORAGE_FILE_NONEXIST' || errCode === -503003) throw invalidArgument('找不到上传的文件，请重新选择文件');
    throw error;
  }
  if (!content) throw invalidArgument('找不到上传的文件，请重新选择文件');
  return content;
}

/** @param typical what such a file usually is, said when the file is too large (another CSV import names its own, and may allow more bytes). */
export async function budgetText(source: BudgetSource, typical = '预决算 CSV 通常只有几十 KB', maxBytes = BUDGET_FILE_MAX_BYTES): Promise<{ text: string; encoding: BudgetFileEncoding | null }> {
  if ('csv' in source) {
    const problem = garbledTextProblem(source.csv, 'pasted');
    if (problem) throw invalidArgument(problem);
    return { text: source.csv, encoding: null };
  }
  const bytes = 'bytes' in source ? source.bytes : await download(source.fileId);
  if (bytes.length > maxBytes) throw invalidArgument(`文件有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 ${maxBytes / 1024 / 1024} MB；${typical}，请确认选对了文件`);
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) throw invalidArgument(decoded.error);
  return { text: decoded.text, encoding: decoded.encoding };
}
