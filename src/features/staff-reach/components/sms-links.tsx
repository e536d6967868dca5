import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SmsLinkSet } from '#types/api/reach';
import { COUNTY_WIDE } from '#types/models/place';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { usePlaces } from '@/features/places';
import { formatDate } from '@/lib/format-date';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { saveTextFile } from '@/lib/save-text-file';
import { fetchSmsLinks, makeSmsLinks } from '../api/reach-api';

const inWeChat = process.env.TARO_ENV === 'weapp';

function LinkSet({ set }: { set: SmsLinkSet }) {
  const exportFile = (): void => {
    if (inWeChat) void Taro.setClipboardData({ data: set.csv });
    else saveTextFile(`短信-${set.title.slice(0, 12)}-${set.createdAt.slice(0, 10)}.csv`, set.csv, 'text/csv');
  };
  return (
    <View className="card">
      <Text className="card__title">{formatDate(set.createdAt)} 生成，链接有效期至 {formatDate(set.expiresAt)}</Text>
      {set.segments.map((s) => (
        <View key={s.url} className="field">
          <Text className="field__label">
            {s.label}（已打开 {s.opens} 次）
          </Text>
          <Text className="card__summary">{s.sms}</Text>
          <Button className="btn btn--small" onClick={() => void Taro.setClipboardData({ data: s.sms })}>
            复制这条短信
          </Button>
        </View>
      ))}
      <Button className="btn" onClick={exportFile}>
        {inWeChat ? '复制全部（CSV，给运营商群发平台）' : '下载 CSV（给运营商群发平台）'}
      </Button>
    </View>
  );
}

/**
 * 短信链接: for a published item, the SMS a carrier sends to each chosen township (or the whole county), each
 * with its own link so opens are counted per area. The bureau gives the carrier text, never phone numbers.
 */
export function SmsLinks({ refId }: { refId: string }) {
  const places = usePlaces();
  const [chosen, setChosen] = useState<string[]>([COUNTY_WIDE]);
  const [sets, setSets] = useState<SmsLinkSet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId('s'));
  const load = useCallback(() => {
    setError(null);
    void fetchSmsLinks(refId).then((res) => (res.ok ? setSets(res.data.items) : setError(messageFor(res))));
  }, [refId]);
  useEffect(load, [load]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!sets || !places.townships) return <LoadingState />;
  const options = [COUNTY_WIDE, ...places.townships.filter((t) => !t.retired).map((t) => t.name)];
  const toggle = (name: string): void => setChosen(chosen.includes(name) ? chosen.filter((c) => c !== name) : [...chosen, name]);
  const make = async (): Promise<void> => {
    setBusy(true);
    const res = await makeSmsLinks(requestId.current, refId, chosen);
    setBusy(false);
    if (!res.ok) return setError(messageFor(res));
    requestId.current = newRequestId('s');
    setSets([res.data, ...sets.filter((s) => s.id !== res.data.id)]);
  };
  return (
    <View className="list">
      <Text className="row__hint">选择要群发的区域（运营商按区域发送，本局不掌握群众手机号）。每个区域一条链接，可分别统计打开次数；链接 30 天后失效，可再生成。</Text>
      <View className="chips">
        {options.map((name) => (
          <Button key={name} className={chosen.includes(name) ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={chosen.includes(name)} onClick={() => toggle(name)}>
            {name}
          </Button>
        ))}
      </View>
      <Button className="btn btn--primary" disabled={busy || chosen.length === 0} loading={busy} onClick={() => void make()}>
        生成短信和链接
      </Button>
      {sets.length === 0 ? <Text className="row__hint">还没有为这条内容生成过短信链接</Text> : sets.map((s) => <LinkSet key={s.id} set={s} />)}
    </View>
  );
}
