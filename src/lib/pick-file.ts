// Picking a file to upload: a photo (compressed by WeChat) or, in WeChat, a document from a chat.
import Taro from '@tarojs/taro';
import type { PickedFile } from './upload-file';

export async function pickImage(): Promise<PickedFile | null> {
  const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
  const file = res.tempFiles[0] as (Taro.chooseImage.ImageFile & { originalFileObj?: File }) | undefined;
  return file ? { path: file.path, size: file.size, name: file.originalFileObj?.name ?? file.path.split('/').pop() ?? 'image.jpg' } : null;
}

/** Null outside WeChat, where there is no chat to pick from. */
export async function pickDocument(): Promise<PickedFile | null> {
  if (typeof Taro.chooseMessageFile !== 'function' || process.env.TARO_ENV !== 'weapp') return null;
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file' });
  const file = res.tempFiles[0];
  return file ? { path: file.path, size: file.size, name: file.name } : null;
}
