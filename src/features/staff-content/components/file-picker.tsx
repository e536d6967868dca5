import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { pickDocument, pickImage } from '@/lib/pick-file';
import { MAX_ATTACHMENT_BYTES, MAX_IMAGE_BYTES, type PickedFile, uploadFile } from '@/lib/upload-file';
import type { PolicyFiles } from '../form-model';

/** Adds and removes a policy's attachments and explainer images, uploading as they are picked. */
export function FilePicker({
  files,
  onChange,
  photosOnly = false,
  onDocument,
}: {
  files: PolicyFiles;
  onChange(files: PolicyFiles): void;
  photosOnly?: boolean;
  /** Called instead of listing an uploaded document, for forms that place documents themselves. */
  onDocument?(name: string, fileId: string): void;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async (kind: 'image' | 'document'): Promise<void> => {
    setNotice(null);
    let picked: PickedFile | null;
    try {
      picked = await (kind === 'image' ? pickImage() : pickDocument());
    } catch (error) {
      // Cancelling the picker also lands here; only a real failure deserves a message.
      const cancelled = /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));
      return setNotice(cancelled ? null : '无法读取这个文件，请换一个再试');
    }
    if (!picked) return setNotice(kind === 'document' && process.env.TARO_ENV !== 'weapp' ? '请在微信中添加附件（从聊天记录选择文件）' : null);
    setBusy(true);
    const res = await uploadFile(picked, kind === 'image' ? MAX_IMAGE_BYTES : MAX_ATTACHMENT_BYTES);
    setBusy(false);
    if (!res.ok) return setNotice(res.message);
    if (kind === 'document' && onDocument) return onDocument(picked.name, res.data.fileId);
    onChange(
      kind === 'image'
        ? { ...files, images: [...files.images, { fileId: res.data.fileId, caption: '' }] }
        : { ...files, attachments: [...files.attachments, { name: picked.name.slice(0, 80), fileId: res.data.fileId }] },
    );
  };
  return (
    <View className="field">
      <Text className="field__label">{onDocument ? '上传公开文件（上传后在“公开事项”里补全类别和日期）' : photosOnly ? '现场照片（最多 9 张）' : '附件与图解（图解需先填写解读要点）'}</Text>
      {files.attachments.map((a, i) => (
        <Button key={a.fileId} className="btn btn--small" onClick={() => onChange({ ...files, attachments: files.attachments.filter((_, j) => j !== i) })}>
          附件：{a.name}（点按移除）
        </Button>
      ))}
      {files.images.map((img, i) => (
        <Button key={img.fileId} className="btn btn--small" onClick={() => onChange({ ...files, images: files.images.filter((_, j) => j !== i) })}>
          {photosOnly ? '照片' : '图解'} {i + 1}（点按移除）
        </Button>
      ))}
      <View className="choices">
        {!onDocument && (
          <Button className="btn btn--small" disabled={busy} onClick={() => void add('image')}>
            {photosOnly ? '添加照片' : '添加图解'}
          </Button>
        )}
        {!photosOnly && (
          <Button className="btn btn--small" disabled={busy} onClick={() => void add('document')}>
            添加附件
          </Button>
        )}
      </View>
      {notice && <Text className="row__hint">{notice}</Text>}
    </View>
  );
}
