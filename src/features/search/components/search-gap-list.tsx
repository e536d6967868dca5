import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { SearchGapWeek } from '#types/api/search-log';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchSearchGaps } from '../api/search-api';

const WEEKS = 4;
const writeQa = (q: string): void => void Taro.navigateTo({ url: `/staff/edit/index?kind=qa&question=${encodeURIComponent(q)}` });

/** 搜不到的问题: what people searched for and found no answer to, week by week, each one tap from a new Q&A. */
export function SearchGapList() {
  const [weeks, setWeeks] = useState<SearchGapWeek[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (): void => {
    setError(null);
    void fetchSearchGaps(WEEKS).then((res) => (res.ok ? setWeeks(res.data.weeks) : setError(messageFor(res))));
  };
  useEffect(load, []);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!weeks) return <LoadingState />;
  if (weeks.every((w) => w.top.length === 0)) return <EmptyState text={`近 ${WEEKS} 周没有搜不到答案的问题`} />;
  return (
    <View className="list">
      {weeks.map((w) => (
        <View key={w.week} className="section">
          <Text className="section__title">{`${w.week} 起的一周`}</Text>
          <Text className="row__hint">{`共搜索 ${w.searches} 次，其中 ${w.unanswered} 次没找到答案`}</Text>
          {w.top.map((item) => (
            <View key={item.q} className="card">
              <Text className="card__title">{item.q}</Text>
              <Text className="row__hint">{`搜了 ${item.count} 次${item.opened ? `，${item.opened} 次点开了可能相关的结果` : ''}`}</Text>
              <Button className="btn btn--small btn--primary" onClick={() => writeQa(item.q)}>
                为此写一条问答
              </Button>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
