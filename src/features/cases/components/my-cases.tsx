import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseView } from '#types/api/case-views';
import { PagedListView } from '@/components/ui/paged-list-view';
import { messageFor } from '@/lib/cloud';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchMyCases, reopenCase } from '../api/cases-api';
import { CaseCard } from './case-card';

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
  const list = usePagedList<CaseView>((cursor) => fetchMyCases(cursor), 'mine');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <View className="list">
      {notice && (
        <View role="status">
          <Text className="row__hint">{notice}</Text>
        </View>
      )}
      <PagedListView
        list={list}
        empty="还没有提过问题"
        render={(c) => (
          <CaseCard key={c.id} item={c}>
            <Reopen
              item={c}
              onDone={(message) => {
                setNotice(message);
                list.reload();
              }}
            />
          </CaseCard>
        )}
      />
    </View>
  );
}
