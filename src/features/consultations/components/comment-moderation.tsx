import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { CommentView } from '#types/api/consultation-views';
import type { Result } from '#types/result';
import { COMMENT_STATUS_LABELS, OUTCOME_DECISIONS, OUTCOME_LABELS, type OutcomeDecision } from '#types/models/consultation';
import { PagedListView } from '@/components/ui/paged-list-view';
import { messageFor } from '@/lib/cloud';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchStaffComments, moderateComment, publishOutcome, recordOutcome } from '../api/consultations-api';
import { StatusLine } from '@/components/ui/state-views';
import { ConfidentialityFields, confidentialityPayload, EMPTY_CONFIDENTIALITY } from '@/features/staff-content/components/confidentiality-fields';

function CommentActions({ c, onDone }: { c: CommentView; onDone(message: string): void }) {
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState<OutcomeDecision | null>(c.outcome?.decision ?? null);
  const [why, setWhy] = useState(c.outcome?.reason ?? '');
  const report = (p: Promise<Result<CommentView>>, done: string): void => void p.then((res) => onDone(res.ok ? done : messageFor(res)));
  return (
    <View className="list">
      {c.status === 'visible' ? (
        <View className="field">
          <Input className="input" value={reason} placeholder="隐藏的理由（提意见的人会看到）" onInput={(e) => setReason(e.detail.value)} />
          <Button className="btn btn--small" onClick={() => report(moderateComment(c.id, true, reason.trim()), '已隐藏')}>
            隐藏
          </Button>
        </View>
      ) : (
        <Button className="btn btn--small" onClick={() => report(moderateComment(c.id, false, ''), '已公开')}>
          公开这条意见
        </Button>
      )}
      <View className="chips">
        {OUTCOME_DECISIONS.map((d) => (
          <Button key={d} className={decision === d ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={decision === d} onClick={() => setDecision(d)}>
            {OUTCOME_LABELS[d]}
          </Button>
        ))}
      </View>
      <Input className="input" value={why} placeholder="采纳或不采纳的理由" onInput={(e) => setWhy(e.detail.value)} />
      <Button className="btn btn--small" disabled={!decision} onClick={() => decision && report(recordOutcome(c.id, decision, why.trim()), '已记录处理结果')}>
        记录处理结果
      </Button>
    </View>
  );
}

/** Staff: every comment on one consultation, to moderate and, once closed, to answer; then publish the report. */
export function CommentModeration({ id }: { id: string }) {
  const list = usePagedList<CommentView>((cursor) => fetchStaffComments(id, cursor), id);
  const [status, setStatus] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [check, setCheck] = useState(EMPTY_CONFIDENTIALITY);
  const done = (message: string): void => {
    setStatus(message);
    list.reload();
  };
  return (
    <View className="list">
      <StatusLine text={status} />
      <PagedListView
        list={list}
        empty="还没有收到意见"
        render={(c) => (
          <View key={c.id} className="card">
            <Text className="chip">
              {c.status ? COMMENT_STATUS_LABELS[c.status] : ''} · {c.section === -1 ? '整体' : `第 ${c.section + 1} 部分`}
              {c.meetingId ? ' · 会上意见' : ''}
            </Text>
            <Text className="card__summary">{c.text}</Text>
            {c.outcome && <Text className="reply">{OUTCOME_LABELS[c.outcome.decision]}：{c.outcome.reason}</Text>}
            <CommentActions c={c} onDone={done} />
          </View>
        )}
      />
      <Text className="section__title">公布采纳情况（截止后，每条公开意见都记录了处理结果才能公布）</Text>
      <Textarea className="input input--area" value={summary} maxlength={2000} placeholder="总体说明：收到多少条、采纳了什么、为什么有的没采纳" onInput={(e) => setSummary(e.detail.value)} />
      <ConfidentialityFields value={check} onChange={setCheck} />
      <Button className="btn btn--primary" onClick={() => void publishOutcome(id, summary.trim(), confidentialityPayload(check)).then((res) => setStatus(res.ok ? '已公布，提意见的人会收到通知' : messageFor(res)))}>
        公布采纳情况
      </Button>
    </View>
  );
}
