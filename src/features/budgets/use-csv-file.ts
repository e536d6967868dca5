// The CSV file an import page sends: picked (from a chat in WeChat, from the computer in the browser),
// uploaded once when sent (a second send reuses the upload), or dropped to paste the text instead.
import { useState } from 'react';
import { type PickedFile, uploadFile } from '@/lib/upload-file';
import { pickCsvFile } from './pick-csv-file';

export interface CsvFile {
  file: { picked: PickedFile; fileId: string | null } | null;
  /** Asks for a file; `onProblem` hears why one could not be read (a cancel is not a problem). */
  choose(onProblem: (message: string) => void): Promise<void>;
  clear(): void;
  /** The uploaded file's id (uploading it now if need be), null when none was picked. */
  upload(): Promise<{ ok: true; fileId: string | null } | { ok: false; message: string }>;
}

export function useCsvFile(maxBytes: number): CsvFile {
  const [file, setFile] = useState<CsvFile['file']>(null);
  return {
    file,
    clear: () => setFile(null),
    choose: async (onProblem) => {
      try {
        const picked = await pickCsvFile();
        if (picked) setFile({ picked, fileId: null });
      } catch (error) {
        if (!/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error))) onProblem('无法读取这个文件，请换一个再试');
      }
    },
    upload: async () => {
      if (!file || file.fileId) return { ok: true, fileId: file?.fileId ?? null };
      const uploaded = await uploadFile(file.picked, maxBytes);
      if (!uploaded.ok) return { ok: false, message: uploaded.message };
      setFile({ picked: file.picked, fileId: uploaded.data.fileId });
      return { ok: true, fileId: uploaded.data.fileId };
    },
  };
}
