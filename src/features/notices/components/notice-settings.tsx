import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { NoticePrefsView } from '#types/api/notice-views';
import { NOTICE_TOPIC_LABELS, NOTICE_TOPICS, type DeliveryMode, type NoticeTopic } from '#types/models/notice';
import { messageFor } from '@/lib/cloud';
import { canSubscribe, requestSubscribe } from '@/lib/subscribe';
import { AreaPicker, usePlaces } from '@/features/places';
import { fetchPrefs, recordConsents, savePrefs } from '../api/notices-api';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';

const toggle = <T,>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function WeChatReminders({ prefs, onChange, say }: { prefs: NoticePrefsView; onChange(p: NoticePrefsView): void; say(text: string): void }) {
  const long = prefs.templates.filter((t) => t.type === 'long');
  const on = long.filter((t) => prefs.consents[t.key]?.accepted);
  if (!canSubscribe()) {
    return <Text className="row__hint">网页版收不到微信提醒；新通知会出现在“通知中心”。在微信里打开本小程序可开启提醒。</Text>;
  }
  const ask = async (): Promise<void> => {
    const answers = await requestSubscribe(long);
    if (!answers) return;
    const res = await recordConsents(answers);
    if (!res.ok) return say(messageFor(res));
    onChange(res.data);
    say(answers.some((a) => a.result === 'accept') ? '已开启微信提醒' : '你没有同意，微信不会提醒；通知中心仍可查看');
  };
  return (
    <View className="list">
      {long.map((t) => (
        <Text key={t.key} className="row__hint">
          {t.title}：{prefs.consents[t.key]?.accepted ? '已开启' : '未开启'}。{t.explain}
        </Text>
      ))}
      <Button className="btn btn--primary" onClick={() => void ask()}>
        {on.length === long.length ? '重新设置微信提醒' : '开启微信提醒'}
      </Button>
    </View>
  );
}

/** 通知设置: what to hear about, where, and how often; every change is saved at once. */
export function NoticeSettings() {
  const [prefs, setPrefs] = useState<NoticePrefsView | null>(null);
  const places = usePlaces();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchPrefs().then((res) => (res.ok ? setPrefs(res.data) : setError(messageFor(res))));
    if (places.error) places.reload();
  };
  useEffect(load, []);
  const failed = error ?? places.error;
  if (failed) return <ErrorState message={failed} onRetry={load} />;
  if (!prefs || !places.townships) return <LoadingState />;

  const save = async (topics: NoticeTopic[], areas: string[], mode: DeliveryMode): Promise<void> => {
    const res = await savePrefs(topics, areas, mode);
    if (!res.ok) return setStatus(messageFor(res));
    setPrefs(res.data);
    setStatus('已保存');
  };

  return (
    <View className="list">
      <StatusLine text={status} />
      <Text className="section__title">想收到哪些通知（点一下开或关）</Text>
      {NOTICE_TOPICS.map((topic) => {
        const on = prefs.topics.includes(topic);
        return (
          <Button key={topic} className={on ? 'btn btn--primary' : 'btn'} aria-pressed={on} onClick={() => void save(toggle(prefs.topics, topic), prefs.areas, prefs.mode)}>
            {on ? '✓ ' : ''}
            {NOTICE_TOPIC_LABELS[topic]}
          </Button>
        );
      })}
      <Text className="section__title">关心哪里</Text>
      <AreaPicker townships={places.townships} areas={prefs.areas} onChange={(areas) => void save(prefs.topics, areas, prefs.mode)} say={setStatus} />
      <Text className="section__title">怎么提醒</Text>
      {(['immediate', 'digest'] as const).map((mode) => (
        <Button key={mode} className={prefs.mode === mode ? 'btn btn--primary' : 'btn'} aria-pressed={prefs.mode === mode} onClick={() => void save(prefs.topics, prefs.areas, mode)}>
          {mode === 'immediate' ? '有通知就提醒' : '每天傍晚汇总一次（封路等紧急通知仍立即提醒）'}
        </Button>
      ))}
      <Text className="section__title">微信提醒</Text>
      <WeChatReminders prefs={prefs} onChange={setPrefs} say={setStatus} />
    </View>
  );
}
