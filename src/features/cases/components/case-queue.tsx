import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffCaseView } from '#types/api/case-views';
import { messageFor } from '@/lib/cloud';
import { fetchQueue, replyCase } from '../api/cases-api';
import { CaseList } from './case-list';

function ReplyBox({ item, onDone }: { item: StaffCaseView; onDone(message: string): void }) {
  const [reply, setReply] = useState('');
  const send = (close: boolean): void => void replyCase(item.id, reply.trim(), close).then((res) => onDone(res.ok ? '已答复' : messageFor(res)));
  return (
    <View className="field">
      {item.phone && <Text className="row__hint">回电号码：{item.phone}</Text>}
      {item.held && <Text className="row__hint stale">内容安全检查未通过或未完成，请先核实内容</Text>}
      <Textarea className="input input--area" value={reply} placeholder="用大白话答复（群众会看到）" maxlength={2000} onInput={(e) => setReply(e.detail.value)} />
      <View className="choices">
        <Button className="btn btn--small" onClick={() => send(false)}>
          答复
        </Button>
        <Button className="btn btn--small btn--primary" onClick={() => send(true)}>
          答复并办结
        </Button>
      </View>
    </View>
  );
}

/** 群众提问: open cases, nearest deadline first. */
export function CaseQueue() {
  return <CaseList<StaffCaseView> fetch={fetchQueue} listKey="queue" empty="没有待办的提问" action={(c, done) => <ReplyBox item={c} onDone={done} />} />;
}
