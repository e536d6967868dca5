import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { SearchResult } from '#types/api/search-views';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { markOpened, searchAll } from '../api/search-api';
import { DefinitionCard } from './definition-card';
import { SearchHitCard } from './search-hit-card';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'done'; q: string; result: SearchResult } | { status: 'error'; message: string };

const ask = (q: string): void => void Taro.navigateTo({ url: `/more/ask/index?q=${encodeURIComponent(q)}` });

/** Search everything published, in everyday words; hits link to where the answer is. When nothing
 * answers, the way to ask us (with the question filled in) comes first, and weak hits are marked. */
export function SearchPanel({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = (q: string): void => {
    const text = q.trim();
    if (!text) return;
    setState({ status: 'loading' });
    void searchAll(text).then((res) => setState(res.ok ? { status: 'done', q: text, result: res.data } : { status: 'error', message: messageFor(res) }));
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
      {state.status === 'done' && <SearchResults q={state.q} result={state.result} />}
    </View>
  );
}

function SearchResults({ q, result }: { q: string; result: SearchResult }) {
  const { answered, definition, hits } = result;
  return (
    <View>
      {definition && <DefinitionCard definition={definition} />}
      {!answered && (
        <View className="state">
          <Text className="state__text">{hits.length > 0 ? '没有找到能直接回答这个问题的内容。直接问我们，工作人员会答复你。' : '没找到答案？换个说法试试，或者直接问我们。'}</Text>
          <Button className="btn btn--primary" onClick={() => ask(q)}>
            我要提问
          </Button>
        </View>
      )}
      {!answered && hits.length > 0 && <Text className="section__title">可能相关</Text>}
      {hits.map((hit) => (
        <SearchHitCard key={`${hit.kind}:${hit.refId}`} hit={hit} onOpen={() => void markOpened(result.logId)} />
      ))}
      {answered && (
        <Button className="btn btn--link" onClick={() => ask(q)}>
          没找到答案？去提问
        </Button>
      )}
    </View>
  );
}
