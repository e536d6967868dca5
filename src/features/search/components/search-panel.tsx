import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { SearchHitView } from '#types/api/policy-views';
import { SEARCH_KIND_LABELS } from '#types/models/search';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { searchAll } from '../api/search-api';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'done'; hits: SearchHitView[] } | { status: 'error'; message: string };

/** Search everything published, in everyday words; hits link to where the answer is. */
export function SearchPanel({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = (q: string): void => {
    const text = q.trim();
    if (!text) return;
    setState({ status: 'loading' });
    void searchAll(text).then((res) => setState(res.ok ? { status: 'done', hits: res.data.hits } : { status: 'error', message: messageFor(res) }));
  };
  useEffect(() => run(initialQuery), [initialQuery]);
  return (
    <View className="list">
      <View className="search-box">
        <Input className="input search-box__input" value={query} placeholder="用大白话搜，如：网约车要办什么证" confirmType="search" maxlength={50} onInput={(e) => setQuery(e.detail.value)} onConfirm={() => run(query)} />
        <Button className="btn btn--primary btn--small" onClick={() => run(query)}>
          搜索
        </Button>
      </View>
      {state.status === 'loading' && <LoadingState text="正在搜索…" />}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={() => run(query)} />}
      {state.status === 'done' && state.hits.length === 0 && (
        <View className="state">
          <Text className="state__text">没找到答案？换个说法试试，或者直接问我们。</Text>
          <Button className="btn btn--primary" onClick={() => void Taro.navigateTo({ url: `/pages/ask/index?q=${encodeURIComponent(query.trim())}` })}>
            去提问
          </Button>
        </View>
      )}
      {state.status === 'done' &&
        state.hits.map((hit) => (
          <View key={`${hit.kind}:${hit.refId}`} className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: hit.path })}>
            <View className="card__meta">
              <Text className="chip">{SEARCH_KIND_LABELS[hit.kind]}</Text>
            </View>
            <Text className="card__title">{hit.title}</Text>
            <HighlightedText className="card__summary" text={hit.snippet} ranges={hit.highlights} />
          </View>
        ))}
      {state.status === 'done' && state.hits.length > 0 && (
        <Button className="btn btn--link" onClick={() => void Taro.navigateTo({ url: `/pages/ask/index?q=${encodeURIComponent(query.trim())}` })}>
          没找到答案？去提问
        </Button>
      )}
    </View>
  );
}
