import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { CommentView, ConsultationView } from '#types/api/consultation-views';
import { OUTCOME_DECISIONS, OUTCOME_LABELS } from '#types/models/consultation';
import { PagedListView } from '@/components/ui/paged-list-view';
import { DocumentLink } from '@/components/ui/stored-file';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { OpenInWeChat, useMe } from '@/features/session';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchComments, fetchConsultation } from '../api/consultations-api';
import { CommentBox } from './comment-box';
import { STATE_LABELS } from './consultation-list';

function Comments({ id, section, version }: { id: string; section: number; version: number }) {
  const list = usePagedList<CommentView>((cursor) => fetchComments(id, section, cursor), `${section}:${version}`);
  return (
    <PagedListView
      list={list}
      empty="这一部分还没有公开的意见"
      inSection
      render={(c) => (
        <View key={c.id} className="comment">
          {c.meetingId && <Text className="chip">会上意见</Text>}
          <Text className="card__summary">{c.text}</Text>
          <Text className="row__hint">{formatDate(c.createdAt)}</Text>
          {c.outcome && (
            <Text className="reply">
              {OUTCOME_LABELS[c.outcome.decision]}：{c.outcome.reason}
            </Text>
          )}
        </View>
      )}
    />
  );
}

/** A draft for comment: each part with its comments, a box to add one while open, and the outcome report. */
export function ConsultationDetail({ id }: { id: string }) {
  const { me } = useMe();
  const [view, setView] = useState<ConsultationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openSection, setOpenSection] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const load = (): void => {
    setError(null);
    void fetchConsultation(id).then((res) => (res.ok ? setView(res.data) : setError(messageFor(res))));
  };
  useEffect(load, [id]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!view) return <LoadingState />;
  const sent = (): void => {
    setVersion(version + 1);
    load();
  };
  const parts = [...view.sections.map((s, i) => ({ index: i, heading: s.heading, text: s.text, comments: s.comments })), { index: -1, heading: '对整个征求意见稿', text: '', comments: null }];
  return (
    <View className="list">
      {view.withdrawnNote !== null && (
        <View className="banner" role="alert">
          <Text>已撤回：{view.withdrawnNote}</Text>
        </View>
      )}
      <View className="card">
        <Text className="chip">{STATE_LABELS[view.state]}</Text>
        <Text className="section__title">{view.title}</Text>
        <Text className="card__summary">{view.summary}</Text>
        <Text className="row__hint">
          征求意见时间：{view.opensAt} 至 {view.closesAt}
          {view.shortReason ? `（少于 30 天，理由：${view.shortReason}）` : ''}
        </Text>
        {view.attachments.map((a, i) => (
          <DocumentLink key={i} label={`附件：${a.name}`} url={a.url} />
        ))}
      </View>
      {view.outcome && (
        <View className="section" aria-label="采纳情况">
          <Text className="section__title">意见采纳情况（{formatDate(view.outcome.publishedAt)}公布）</Text>
          <Text className="card__summary">{view.outcome.summary}</Text>
          <Text className="row__hint">{OUTCOME_DECISIONS.map((d) => `${OUTCOME_LABELS[d]} ${view.outcome?.counts[d] ?? 0} 条`).join('，')}</Text>
        </View>
      )}
      {view.state === 'open' && me && !me.signedIn && <OpenInWeChat what="提意见" note="意见稿和别人的意见都可以看。" />}
      {parts.map((p) => (
        <View key={p.index} className="section">
          <Text className="section__title">{p.heading}</Text>
          {p.text
            .split('\n')
            .filter((line) => line.trim())
            .map((line, i) => (
              <Text key={i} className="card__summary">
                {line}
              </Text>
            ))}
          <Button className="btn btn--small" aria-expanded={openSection === p.index} onClick={() => setOpenSection(openSection === p.index ? null : p.index)}>
            {openSection === p.index ? '收起' : `${view.state === 'open' ? '提意见 / ' : ''}看意见${p.comments === null ? '' : `（${p.comments}）`}`}
          </Button>
          {openSection === p.index && (
            <View className="list">
              {view.state === 'open' && <CommentBox consultationId={id} section={p.index} onSent={sent} />}
              <Comments id={id} section={p.index} version={version} />
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
