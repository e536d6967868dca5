import { saveBlobFile } from './save-blob-file';

// H5: hands the browser a file to save (a download), made from text in memory.
export function saveTextFile(name: string, text: string, type = 'application/json'): void {
  if (typeof window === 'undefined') return;
  saveBlobFile(name, new window.Blob([text], { type: `${type};charset=utf-8` }));
}
