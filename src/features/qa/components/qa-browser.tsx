import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { QaItem } from '#types/api/policy-views';
import { QA_TOPICS, QA_TOPIC_LABELS, type QaTopic } from '#types/models/policy';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { QaCard } from '@/components/ui/qa-card';
import { VoteBar } from '@/components/ui/vote-bar';
import { ReadAloudBar } from '@/features/read-aloud';
import { messageFor } from '@/lib/cloud';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchQa, fetchTopicQas, voteQa } from '../api/qa-api';

type Focused = QaItem & { policyTitle: string | null; myVote: boolean | null; withdrawnNote: string | null };

/** 一问一答 by topic; a shared link to one Q&A shows it first, with 有帮助 / 没帮助. */
export function QaBrowser({ focusId }: { focusId: string | null }) {
  const [topic, setTopic] = useState<QaTopic | undefined>();
  const [focused, setFocused] = useState<Focused | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = usePagedList<QaItem>((cursor) => fetchTopicQas(topic, cursor), topic ?? 'all');
  useEffect(() => {
    if (focusId) void fetchQa(focusId).then((res) => (res.ok ? (setFocused(res.data), setTopic(res.data.topic)) : setNotice(messageFor(res))));
  }, [focusId]);
  const vote = (helpful: boolean): void => {
    if (!focused) return;
    void voteQa(focused.id, helpful).then((res) => {
      if (!res.ok) return setNotice(messageFor(res));
      setNotice('感谢你的反馈');
      setFocused({ ...focused, votes: res.data.votes, myVote: res.data.myVote });
    });
  };
  return (
    <View className="list">
      {notice && <Text className="row__hint">{notice}</Text>}
      {focused && (
        <View className="section">
          {focused.withdrawnNote && (
            <View className="banner" role="alert">
              <Text>此问答已撤回：{focused.withdrawnNote}</Text>
            </View>
          )}
          <ReadAloudBar parts={[`问：${focused.question}`, `答：${focused.answer}`]} label="朗读这条问答" />
          <QaCard question={focused.question} answer={focused.answer} />
          {focused.policyId && (
            <Button className="btn btn--link" onClick={() => void Taro.navigateTo({ url: `/pages/policy/index?id=${focused.policyId ?? ''}` })}>
              相关政策：{focused.policyTitle}
            </Button>
          )}
          {!focused.withdrawnNote && <VoteBar votes={focused.votes} mine={focused.myVote} onVote={vote} />}
        </View>
      )}
      <ChoiceChips options={QA_TOPICS} labels={QA_TOPIC_LABELS} value={topic} onChange={setTopic} all="全部" />
      <PagedListView list={list} empty="这个主题还没有问答" render={(q) => <QaCard key={q.id} question={q.question} answer={q.answer} />} />
    </View>
  );
}
