import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseView } from '#types/api/case-views';
import { messageFor } from '@/lib/cloud';
import { fetchMyCases, reopenCase } from '../api/cases-api';
import { CaseList } from './case-list';

function Reopen({ item, onDone }: { item: CaseView; onDone(message: string): void }) {
  const [note, setNote] = useState('');
  if (item.status === 'received') return null;
  return (
    <View className="field">
      <Input className="input" value={note} placeholder="还没解决？说说哪里没解决" maxlength={300} onInput={(e) => setNote(e.detail.value)} />
      <Button className="btn btn--small" onClick={() => void reopenCase(item.id, note.trim()).then((res) => onDone(res.ok ? '已重新提交，我们会再次答复' : messageFor(res)))}>
        没解决，重新反映
      </Button>
    </View>
  );
}

/** 我的提问: every case the person opened, its status history and the answer. */
export function MyCases() {
  return <CaseList<CaseView> fetch={fetchMyCases} listKey="mine" empty="还没有提过问题" action={(c, done) => <Reopen item={c} onDone={done} />} />;
}
