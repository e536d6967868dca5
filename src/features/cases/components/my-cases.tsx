import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseView } from '#types/api/case-views';
import { messageFor } from '@/lib/cloud';
import { answerFollowUp, fetchMyCases, reopenCase, supplementDisclosure } from '../api/cases-api';
import { StatusLine } from '@/components/ui/state-views';
import { CaseList } from './case-list';
import { ClaimCaseForm } from './claim-case-form';

function FollowUp({ item, onDone }: { item: CaseView; onDone(message: string): void }) {
  if (item.followUp) return <Text className="row__hint">你的评价：{item.followUp.solved ? '解决了' : '没解决'}</Text>;
  if (!item.followUpDue) return null;
  const answer = (solved: boolean): void => void answerFollowUp(item.id, solved).then((res) => onDone(res.ok ? '谢谢你的反馈' : messageFor(res)));
  return (
    <View className="field">
      <Text className="field__label">这次答复解决你的问题了吗？</Text>
      <View className="choices">
        <Button className="btn btn--small" onClick={() => answer(true)}>
          解决了
        </Button>
        <Button className="btn btn--small" onClick={() => answer(false)}>
          没解决
        </Button>
      </View>
    </View>
  );
}

function Supplement({ item, onDone }: { item: CaseView; onDone(message: string): void }) {
  const [text, setText] = useState('');
  return (
    <View className="field">
      <Input className="input" value={text} placeholder="按要求补正的内容" maxlength={1000} onInput={(e) => setText(e.detail.value)} />
      <Button className="btn btn--small btn--primary" onClick={() => void supplementDisclosure(item.id, text.trim()).then((res) => onDone(res.ok ? '已补正，答复期限从今天重新计算' : messageFor(res)))}>
        提交补正
      </Button>
    </View>
  );
}

function Reopen({ item, onDone }: { item: CaseView; onDone(message: string): void }) {
  const [note, setNote] = useState('');
  if (item.status === 'supplement') return <Supplement item={item} onDone={onDone} />;
  if (item.status === 'received' || item.status === 'assigned') return null;
  return (
    <View className="field">
      <FollowUp item={item} onDone={onDone} />
      <Input className="input" value={note} placeholder="还没解决？说说哪里没解决" maxlength={300} onInput={(e) => setNote(e.detail.value)} />
      <Button className="btn btn--small" onClick={() => void reopenCase(item.id, note.trim()).then((res) => onDone(res.ok ? '已重新提交，我们会再次答复' : messageFor(res)))}>
        没解决，重新反映
      </Button>
    </View>
  );
}

/** 我的提问: every case the person opened, its status history and the answer. */
export function MyCases() {
  // A claimed case joins the list: remounting it reads the first page again.
  const [claimed, setClaimed] = useState<string | null>(null);
  return (
    <View className="list">
      <ClaimCaseForm onClaimed={setClaimed} />
      <StatusLine text={claimed} />
      <CaseList<CaseView> key={claimed ?? ''} fetch={fetchMyCases} listKey="mine" empty="还没有提过问题" action={(c, done) => <Reopen item={c} onDone={done} />} />
    </View>
  );
}
