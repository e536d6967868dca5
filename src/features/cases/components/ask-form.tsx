import Taro from '@tarojs/taro';
import { Button, Image, Input, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { CaseView } from '#types/api/case-views';
import { ASKABLE_CATEGORIES, CASE_CATEGORY_LABELS } from '#types/models/case';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { OpenInWeChat, useMe } from '@/features/session';
import { messageFor } from '@/lib/cloud';
import { pickImage } from '@/lib/pick-file';
import { newRequestId } from '@/lib/new-request-id';
import { useOneTimeReminder } from '@/lib/subscribe';
import { MAX_IMAGE_BYTES, uploadFile } from '@/lib/upload-file';
import { CASE_PHOTOS_MAX } from '#types/models/case';
import { type Related, submitCase } from '../api/cases-api';
import { dueDateText } from '../due-date-text';
import { PrivacyNotice } from '@/features/personal-data/components/privacy-notice';

/** 我要提问 / 反映: what the person wants to say, an optional phone for a call back, and what it is about. */
export function AskForm({ related, initialText }: { related: Related | null; initialText: string }) {
  const requestId = useRef(newRequestId('c'));
  const [category, setCategory] = useState<(typeof ASKABLE_CATEGORIES)[number]>('question');
  const [text, setText] = useState(initialText);
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [done, setDone] = useState<CaseView | null>(null);
  const [consentPublic, setConsentPublic] = useState(false);
  const [photos, setPhotos] = useState<{ fileId: string; preview: string }[]>([]);
  const reminder = useOneTimeReminder('case');
  const { me } = useMe();

  if (done) {
    return (
      <View className="section" role="status">
        <Text className="section__title">已收到</Text>
        <Text className="card__summary">受理编号：{done.trackingNo}</Text>
        <Text className="card__summary">我们会在 {dueDateText(done)} 前答复，答复后可在“我的提问”里查看。</Text>
        <Button className="btn btn--primary" onClick={() => void Taro.redirectTo({ url: '/more/my-cases/index' })}>
          查看我的提问
        </Button>
      </View>
    );
  }

  const send = async (): Promise<void> => {
    if (text.trim().length < 5) return setNotice('请至少写 5 个字，说清楚是什么事');
    // In WeChat the tap also asks for one reply reminder; the dialog must open before any network call.
    const answers = await reminder.ask();
    setBusy(true);
    setNotice(null);
    const res = await submitCase(requestId.current, { category, text: text.trim(), phone: phone.trim() || null, related, consentPublic, photos: photos.map((p) => p.fileId) });
    setBusy(false);
    if (!res.ok) return setNotice(messageFor(res));
    await reminder.record(answers);
    setDone(res.data);
  };

  const addPhoto = async (): Promise<void> => {
    const picked = await pickImage().catch(() => null);
    if (!picked) return;
    setBusy(true);
    const res = await uploadFile(picked, MAX_IMAGE_BYTES);
    setBusy(false);
    if (!res.ok) return setNotice(messageFor(res));
    setPhotos([...photos, { fileId: res.data.fileId, preview: picked.path }]);
  };

  return (
    <View className="list">
      {me && !me.signedIn && <OpenInWeChat what="提问" note="可以先看看要填什么。" />}
      {related && <Text className="row__hint">关于：{related.title}</Text>}
      <ChoiceChips options={ASKABLE_CATEGORIES} labels={CASE_CATEGORY_LABELS} value={category} onChange={(c) => setCategory(c ?? 'question')} />
      <View className="field">
        <Text className="field__label">想问什么、想反映什么（1000 字以内）</Text>
        <Textarea className="input input--area" value={text} maxlength={1000} nativeProps={{ 'aria-label': '想问什么、想反映什么' }} onInput={(e) => setText(e.detail.value)} />
      </View>
      <View className="field">
        <Text className="field__label">手机号（选填，方便工作人员回电，不会公开）</Text>
        <Input className="input" type="number" maxlength={13} value={phone} nativeProps={{ 'aria-label': '手机号（选填）' }} onInput={(e) => setPhone(e.detail.value)} />
      </View>
      <PrivacyNotice kind="cases" />
      <View className="photos">
        {photos.map((p) => (
          <View key={p.fileId} className="photo">
            <Image className="photo__image" src={p.preview} mode="aspectFill" />
            <Button className="btn btn--small" onClick={() => setPhotos(photos.filter((x) => x.fileId !== p.fileId))}>
              删除
            </Button>
          </View>
        ))}
      </View>
      {photos.length < CASE_PHOTOS_MAX && (
        <Button className="btn btn--small" disabled={busy} onClick={() => void addPhoto()}>
          添加照片（最多 {CASE_PHOTOS_MAX} 张，如路面坑洞、站牌损坏）
        </Button>
      )}
      <Button className={consentPublic ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={consentPublic} onClick={() => setConsentPublic(!consentPublic)}>
        {consentPublic ? '✓ ' : ''}同意把问题和答复公开给其他群众参考（姓名、电话等会隐去）
      </Button>
      {notice && (
        <View role="alert">
          <Text className="state__text">{notice}</Text>
        </View>
      )}
      <Button className="btn btn--primary" disabled={busy} loading={busy} onClick={() => void send()}>
        提交
      </Button>
    </View>
  );
}
