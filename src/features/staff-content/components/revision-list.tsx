import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RevisionSummary } from '#types/api/workflow';
import { CONTENT_KINDS, CONTENT_KIND_LABELS, REVISION_STATUSES, REVISION_STATUS_LABELS, type RevisionStatus } from '#types/models/revision';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchRevisions } from '../api/staff-content-api';
import { SINGLETON_IDS } from '../about-form';
import { OWN_PAGES } from '../own-pages';

function open(r: RevisionSummary): void {
  const editable = r.mine && (r.status === 'draft' || r.status === 'rejected');
  const url = editable ? `/staff/edit/index?kind=${r.kind}&revisionId=${r.id}${r.baseVersion ? `&targetId=${r.targetId}` : ''}` : `/staff/review/index?revisionId=${r.id}`;
  void Taro.navigateTo({ url });
}

/** 内容管理: revisions by status; reviewers start from 待审核, editors from their drafts. */
export function RevisionList() {
  const [status, setStatus] = useState<RevisionStatus | undefined>('in_review');
  const list = usePagedList<RevisionSummary>((cursor) => fetchRevisions(status, cursor), status ?? 'all');
  return (
    <View className="list">
      <View className="choices">
        {CONTENT_KINDS.map((kind) => (
          <Button key={kind} className="btn btn--small btn--primary" onClick={() => void Taro.navigateTo({ url: OWN_PAGES[kind] ?? `/staff/edit/index?kind=${kind}` })}>
            {`${SINGLETON_IDS[kind] ? '编辑' : '新建'}${CONTENT_KIND_LABELS[kind]}`}
          </Button>
        ))}
      </View>
      <ChoiceChips options={REVISION_STATUSES} labels={REVISION_STATUS_LABELS} value={status} onChange={setStatus} all="全部" />
      <PagedListView
        list={list}
        empty="这里没有内容"
        render={(r) => (
          <View key={r.id} className="card card--link" role="link" onClick={() => open(r)}>
            <View className="card__meta">
              <Text className="chip">
                {CONTENT_KIND_LABELS[r.kind]} · {REVISION_STATUS_LABELS[r.status]}
              </Text>
              <Text className="card__date">{formatDate(r.updatedAt)}</Text>
            </View>
            <Text className="card__title">{r.title}</Text>
            <Text className="card__summary">
              {r.baseVersion ? `修订第${r.baseVersion}版` : '新内容'}
              {r.mine ? ' · 我写的' : ''}
              {r.reviewNote ? ` · 审核意见：${r.reviewNote}` : ''}
            </Text>
          </View>
        )}
      />
    </View>
  );
}
