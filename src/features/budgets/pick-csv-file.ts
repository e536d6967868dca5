// Picking the CSV file of a budget: from a chat in WeChat (files reach a phone as chat attachments),
// from the computer in the browser. Null when nothing was picked.
import Taro from '@tarojs/taro';
import type { PickedFile } from '@/lib/upload-file';

export async function pickCsvFile(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] });
    const file = res.tempFiles[0];
    return file ? { path: file.path, name: file.name, size: file.size } : null;
  }
  if (typeof document === 'undefined') return null;
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,text/csv';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file ? { path: URL.createObjectURL(file), name: file.name, size: file.size } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}
