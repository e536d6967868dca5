import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffCaseView } from '#types/api/case-views';
import { isAwaitingReply } from '#types/models/case';
import { messageFor } from '@/lib/cloud';
import { assignCase, fetchQueue, replyCase } from '../api/cases-api';
import { CaseClocks } from './case-clocks';
import { CaseList } from './case-list';

function ReplyBox({ item, onDone }: { item: StaffCaseView; onDone(message: string): void }) {
  const [reply, setReply] = useState('');
  const [makePublic, setMakePublic] = useState(false);
  const send = (close: boolean): void => void replyCase(item.id, reply.trim(), close, makePublic).then((res) => onDone(res.ok ? '已答复' : messageFor(res)));
  const take = (): void => void assignCase(item.id).then((res) => onDone(res.ok ? '已由你办理' : messageFor(res)));
  return (
    <View className="field">
      {item.phone && <Text className="row__hint">回电号码：{item.phone}</Text>}
      {item.held && <Text className="row__hint stale">内容安全检查未通过或未完成，请先核实内容</Text>}
      {item.assignee ? (
        <Text className="row__hint">承办人：{item.assignee}</Text>
      ) : (
        isAwaitingReply(item.status) && (
          <Button className="btn btn--small" onClick={take}>
            我来办理
          </Button>
        )
      )}
      <Textarea className="input input--area" value={reply} placeholder="用大白话答复（群众会看到）" maxlength={2000} onInput={(e) => setReply(e.detail.value)} />
      {item.consentPublic && !item.held && (
        <Button className={makePublic ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={makePublic} onClick={() => setMakePublic(!makePublic)}>
          {makePublic ? '✓ ' : ''}放进“答复公开”（提问人已同意，号码和姓名会隐去）
        </Button>
      )}
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

/** 群众提问: open cases, nearest deadline first, and the reply clocks. */
export function CaseQueue({ isAdmin }: { isAdmin: boolean }) {
  return (
    <View className="list">
      <CaseClocks editable={isAdmin} />
      <CaseList<StaffCaseView> fetch={fetchQueue} listKey="queue" empty="没有待办的提问" action={(c, done) => <ReplyBox item={c} onDone={done} />} />
    </View>
  );
}
