import Taro from '@tarojs/taro';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { RecordedCase } from '#types/api/staff';
import { ASKABLE_CATEGORIES, CASE_CATEGORY_LABELS, CASE_CHANNEL_LABELS, RECORDED_CHANNELS } from '#types/models/case';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { recordCase } from '../api/cases-api';

type Channel = (typeof RECORDED_CHANNELS)[number];
type Category = (typeof ASKABLE_CATEGORIES)[number];
const CHANNEL_LABELS = Object.fromEntries(RECORDED_CHANNELS.map((c) => [c, CASE_CHANNEL_LABELS[c]])) as Record<Channel, string>;
const CATEGORY_LABELS = Object.fromEntries(ASKABLE_CATEGORIES.map((c) => [c, CASE_CATEGORY_LABELS[c]])) as Record<Category, string>;

/** Today in Beijing, as the form's first guess for the day received. */
const beijingToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** What the person is told: the tracking number, the code, and the SMS text to send or read out. */
function Recorded({ done, onNext }: { done: RecordedCase; onNext(): void }) {
  return (
    <View className="card">
      <Text className="section__title">已登记，编号 {done.case.trackingNo}</Text>
      <Text className="row__hint">查询码：{done.claimCode}（请告诉反映人；认领后失效）</Text>
      <Text className="card__summary">{done.smsText}</Text>
      <Button className="btn" onClick={() => void Taro.setClipboardData({ data: done.smsText })}>
        复制短信内容
      </Button>
      <Button className="btn btn--small" onClick={onNext}>
        再登记一件
      </Button>
    </View>
  );
}

/** 登记来电来信: what arrives by hotline, letter, e-mail or visit joins the same queue and clock as the app's. */
export function RecordCaseForm({ onRecorded }: { onRecorded(): void }) {
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<Channel>('hotline');
  const [category, setCategory] = useState<Category>('question');
  const [receivedOn, setReceivedOn] = useState(beijingToday);
  const [text, setText] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<RecordedCase | null>(null);
  const requestId = useRef(newRequestId('r'));
  if (!open) {
    return (
      <Button className="btn" onClick={() => setOpen(true)}>
        登记电话、信件、邮件、来访反映的事
      </Button>
    );
  }
  const next = (): void => {
    requestId.current = newRequestId('r');
    setDone(null);
    setText('');
    setPhone('');
  };
  if (done) return <Recorded done={done} onNext={next} />;
  const send = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    const res = await recordCase(requestId.current, { channel, receivedOn: receivedOn.trim(), category, text: text.trim(), phone: phone.trim() || null });
    setBusy(false);
    if (!res.ok) return setProblem(messageFor(res));
    setDone(res.data);
    onRecorded();
  };
  return (
    <View className="card">
      <Text className="section__title">登记来电来信</Text>
      <Text className="field__label">来源</Text>
      <ChoiceChips options={RECORDED_CHANNELS} labels={CHANNEL_LABELS} value={channel} onChange={(c) => setChannel(c ?? 'hotline')} />
      <Text className="field__label">类别</Text>
      <ChoiceChips options={ASKABLE_CATEGORIES} labels={CATEGORY_LABELS} value={category} onChange={(c) => setCategory(c ?? 'question')} />
      <View className="field">
        <Text className="field__label">收到日期（答复期限从这天算起）</Text>
        <Input className="input" value={receivedOn} placeholder="如 2026-11-30" maxlength={10} nativeProps={{ 'aria-label': '收到日期' }} onInput={(e) => setReceivedOn(e.detail.value)} />
      </View>
      <View className="field">
        <Text className="field__label">反映的内容</Text>
        <Textarea className="input input--area" value={text} placeholder="按反映人的原意记录" maxlength={1000} onInput={(e) => setText(e.detail.value)} />
      </View>
      <View className="field">
        <Text className="field__label">回电号码（可空）</Text>
        <Input className="input" type="number" value={phone} maxlength={13} nativeProps={{ 'aria-label': '回电号码' }} onInput={(e) => setPhone(e.detail.value)} />
      </View>
      {problem && (
        <View role="alert">
          <Text className="row__hint">{problem}</Text>
        </View>
      )}
      <Button className="btn btn--primary" disabled={busy || text.trim().length < 5} loading={busy} onClick={() => void send()}>
        登记并生成查询码
      </Button>
    </View>
  );
}
