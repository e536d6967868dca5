// Uploads a file the person picked to cloud storage: wx.cloud.uploadFile in WeChat, the local
// gateway in the browser. Checks size and type first, so nobody waits for a doomed upload. Files go
// into the person's own folder (the server names it: uploads/<OPENID>, staff/<OPENID>), the only
// files the functions let them attach and the only place the local gateway lets them write.
import Taro from '@tarojs/taro';
import type { Result } from '#types/result';
import { call } from './cloud';
import { apiBase, apiCredentials } from './api-base';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ALLOWED = /\.(jpe?g|png|pdf|docx?|xlsx?|csv|wps|ofd)$/i;

export interface PickedFile {
  path: string;
  name: string;
  size: number;
}

function cloudPathFor(folder: string, name: string): string {
  const safe = name.replace(/[^\w.\u4e00-\u9fff-]+/g, '_').slice(-60);
  return `${folder}/${new Date().getFullYear()}/${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${safe}`;
}

/** The folder the server says this person uploads into; someone not signed in cannot upload. */
async function uploadFolder(): Promise<Result<string>> {
  const me = await call('public', 'getMe', {}, { retry: true });
  if (!me.ok) return me;
  if (!me.data.uploadFolder) return { ok: false, code: 'UNAUTHENTICATED', message: '请先登录后再上传' };
  return { ok: true, data: me.data.uploadFolder };
}

export async function uploadFile(file: PickedFile, maxBytes: number): Promise<Result<{ fileId: string }>> {
  if (!ALLOWED.test(file.name)) return { ok: false, code: 'INVALID_ARGUMENT', message: '只能上传图片、PDF、Word、Excel 文件' };
  if (file.size > maxBytes) return { ok: false, code: 'INVALID_ARGUMENT', message: `文件太大，请不要超过 ${Math.round(maxBytes / 1024 / 1024)} MB` };
  const folder = await uploadFolder();
  if (!folder.ok) return folder;
  const cloudPath = cloudPathFor(folder.data, file.name);
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path });
      return { ok: true, data: { fileId: res.fileID } };
    }
    const blob = await (await fetch(file.path)).blob();
    const res = await fetch(`${apiBase()}/api/_upload?path=${encodeURIComponent(cloudPath)}`, { method: 'POST', body: blob, credentials: apiCredentials() });
    if (!res.ok) {
      const refusal = (await res.json().catch(() => null)) as { errMsg?: unknown } | null;
      return { ok: false, code: 'INTERNAL', message: typeof refusal?.errMsg === 'string' ? `上传失败：${refusal.errMsg}` : '上传失败，请在微信中打开后上传' };
    }
    return { ok: true, data: { fileId: ((await res.json()) as { fileID: string }).fileID } };
  } catch {
    return { ok: false, code: 'INTERNAL', message: '上传失败，请检查网络后重试' };
  }
}
