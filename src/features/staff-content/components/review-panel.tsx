import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { RevisionDetail } from '#types/api/workflow';
import type { Result } from '#types/result';
import { CONTENT_KIND_LABELS, REVISION_STATUS_LABELS } from '#types/models/revision';
import { CONFIDENTIALITY_RESULT_LABELS } from '#types/models/confidentiality';
import { messageFor } from '@/lib/cloud';
import { fetchRevision, reviewRevision, withdrawItem } from '../api/staff-content-api';
import { FIELDS } from '../fields';
import { OWN_PAGES } from '../own-pages';
import { toForm } from '../form-model';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { ConfidentialityFields, confidentialityPayload, EMPTY_CONFIDENTIALITY } from './confidentiality-fields';

/** A revision as the reviewer sees it, with approve (after the 保密审查) / return; a published item can be withdrawn. */
export function ReviewPanel({ revisionId }: { revisionId: string }) {
  const [revision, setRevision] = useState<RevisionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [check, setCheck] = useState(EMPTY_CONFIDENTIALITY);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = (): void => void fetchRevision(revisionId).then((res) => (res.ok ? setRevision(res.data) : setError(messageFor(res))));
  useEffect(load, [revisionId]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!revision) return <LoadingState />;
  const form = toForm(revision.kind, revision.content);

  const act = async (run: () => Promise<Result<unknown>>, done: string): Promise<void> => {
    setBusy(true);
    const res = await run();
    setBusy(false);
    if (!res.ok) return setNotice(messageFor(res));
    setNotice(done);
    load();
  };

  return (
    <View className="list">
      <Text className="section__title">
        {CONTENT_KIND_LABELS[revision.kind]} · {REVISION_STATUS_LABELS[revision.status]}
        {revision.baseVersion ? ` · 修订第${revision.baseVersion}版` : ' · 新内容'}
      </Text>
      {revision.changeNote && <Text className="row__hint">更新说明：{revision.changeNote}</Text>}
      {OWN_PAGES[revision.kind] && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: `${OWN_PAGES[revision.kind]}?revisionId=${revisionId}` })}>
          查看全文
        </Button>
      )}
      {FIELDS[revision.kind]
        .filter((f) => form[f.name])
        .map((f) => (
          <View key={f.name} className="field">
            <Text className="field__label">{f.label}</Text>
            <Text className="card__summary">{f.options ? (f.options[form[f.name] ?? ''] ?? form[f.name]) : form[f.name]}</Text>
          </View>
        ))}
      <StatusLine text={notice} />
      {revision.status === 'in_review' && (
        <View className="section">
          <Input className="input" value={note} placeholder="审核意见（退回时必填）" maxlength={200} onInput={(e) => setNote(e.detail.value)} />
          <ConfidentialityFields value={check} onChange={setCheck} />
          <Button className="btn btn--primary" disabled={busy} onClick={() => void act(() => reviewRevision(revisionId, 'approve', note, confidentialityPayload(check)), '已发布')}>
            通过并发布
          </Button>
          <Button className="btn" disabled={busy} onClick={() => void act(() => reviewRevision(revisionId, 'reject', note), '已退回给编辑')}>
            退回修改
          </Button>
        </View>
      )}
      {revision.confidentiality && (
        <Text className="row__hint">
          保密审查：{CONFIDENTIALITY_RESULT_LABELS[revision.confidentiality.result]}；依据：{revision.confidentiality.basis}
        </Text>
      )}
      {revision.status === 'published' && (
        <View className="section">
          <Button className="btn" onClick={() => void Taro.navigateTo({ url: OWN_PAGES[revision.kind] ?? `/staff/edit/index?kind=${revision.kind}&targetId=${revision.targetId}` })}>
            基于此内容再修订
          </Button>
          <Input className="input" value={note} placeholder="撤回原因（会显示给群众）" maxlength={100} onInput={(e) => setNote(e.detail.value)} />
          <Button className="btn" disabled={busy} onClick={() => void act(() => withdrawItem(revision.kind, revision.targetId, note), '已撤回')}>
            撤回已发布内容
          </Button>
        </View>
      )}
    </View>
  );
}
