// A CSV import form's state: the picked file (uploaded once, on the first send) or pasted text, the
// busy flag, and the lines that say how it went (each refusal reason on its own line).
import { useState } from 'react';
import { BUDGET_FILE_MAX_BYTES } from '#types/models/budget';
import type { Result } from '#types/result';
import { messageFor } from '@/lib/cloud';
import { type PickedFile, uploadFile } from '@/lib/upload-file';
import { pickCsvFile } from './pick-csv-file';

export type CsvSource = { fileId: string } | { csv: string };

/** @param maxBytes the largest file the import takes (budgets' 2 MB unless it names more). */
export function useCsvFileImport(maxBytes = BUDGET_FILE_MAX_BYTES) {
  const [file, setFile] = useState<{ picked: PickedFile; fileId: string | null } | null>(null);
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string[]>([]);
  const choose = async (): Promise<void> => {
    setResult([]);
    try {
      const picked = await pickCsvFile();
      if (picked) setFile({ picked, fileId: null });
    } catch (error) {
      if (!/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error))) setResult(['无法读取这个文件，请换一个再试']);
    }
  };
  async function submit<T>(send: (source: CsvSource) => Promise<Result<T>>, done: (data: T) => string): Promise<void> {
    setBusy(true);
    setResult([]);
    let fileId = file?.fileId ?? null;
    if (file && !fileId) {
      const uploaded = await uploadFile(file.picked, maxBytes);
      if (!uploaded.ok) {
        setBusy(false);
        return setResult([uploaded.message]);
      }
      fileId = uploaded.data.fileId;
      setFile({ picked: file.picked, fileId });
    }
    const res = await send(fileId ? { fileId } : { csv });
    setBusy(false);
    setResult(res.ok ? [done(res.data)] : messageFor(res).split('；'));
  }
  return { file, setFile, csv, setCsv, busy, result, choose, submit };
}
