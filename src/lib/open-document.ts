// Opens a document for reading: WeChat's viewer in the mini-program, a new tab in the browser. Kept
// apart from uploading, which only the pages that take files need.
import Taro from '@tarojs/taro';

export async function openDocument(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true });
    return;
  }
  window.open(url, '_blank', 'noopener');
}
