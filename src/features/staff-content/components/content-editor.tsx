import Taro from '@tarojs/taro';
import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { CONTENT_KIND_LABELS, type ContentKind } from '#types/models/revision';
import { checkMessage, noticeFields } from '#types/models/notice-message';
import type { NoticeTopic } from '#types/models/notice';
import { type ServiceContent, serviceGaps } from '#types/models/service';
import { MessagePreview } from '@/components/ui/message-preview';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { fetchEditable, fetchRevision, saveDraft, submitRevision } from '../api/staff-content-api';
import { EMPTY_FORMS, FIELDS } from '../fields';
import { type FieldSpec, type Form, NO_FILES, type PolicyFiles, checkForm, toContent, toFiles, toForm } from '../form-model';
import { placeOptions, usePlaces } from '@/features/places';
import { FilePicker } from './file-picker';
import { SINGLETON_IDS } from '../about-form';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';

/** The subscription message this notice will become, checked against WeChat's field limits. */
function NoticePreview({ form }: { form: Form }) {
  const validFrom = new Date(form.validFrom ?? '');
  const fields = noticeFields({
    kind: (form.kind ?? 'closure') as NoticeTopic, title: form.title ?? '', township: form.township || null, village: form.village || null,
    validFrom: Number.isNaN(validFrom.getTime()) ? new Date() : validFrom,
  });
  return <MessagePreview fields={fields} problem={checkMessage(fields)} />;
}

/** 完整性检查: the elements a complete guide has that this one still lacks. */
function ServiceGaps({ form }: { form: Form }) {
  const gaps = serviceGaps(toContent('service', form) as ServiceContent);
  return (
    <View className="card" role="status">
      <Text className={gaps.length ? 'row__hint stale' : 'row__hint'}>{gaps.length ? `完整性检查：还缺 ${gaps.join('、')}` : '完整性检查：要素齐全'}</Text>
    </View>
  );
}

interface Props {
  kind: ContentKind;
  revisionId: string | null;
  targetId: string | null;
  /** Fields a link fills in for a new item (a progress update's project, say). */
  prefill?: Form;
}

/** Drafting a new item or a new revision of a published one, then sending it for review. */
export function ContentEditor({ kind, revisionId, targetId, prefill }: Props) {
  const id = useRef(revisionId ?? newRequestId('r'));
  // The guide and the bureau are one document each: a new draft starts from the published one, if any.
  const editTarget = targetId ?? SINGLETON_IDS[kind] ?? null;
  const [form, setForm] = useState<Form | null>(revisionId || editTarget ? null : { ...EMPTY_FORMS[kind], ...prefill });
  const [files, setFiles] = useState<PolicyFiles>(NO_FILES);
  const [changeNote, setChangeNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const places = usePlaces();

  useEffect(() => {
    if (revisionId) {
      void fetchRevision(revisionId).then((res) => {
        if (!res.ok) return setError(messageFor(res));
        setForm(toForm(kind, res.data.content));
        setFiles(toFiles(res.data.content));
        setChangeNote(res.data.changeNote);
      });
    } else if (editTarget) {
      void fetchEditable(kind, editTarget).then((res) => {
        if (!res.ok && !targetId && res.code === 'NOT_FOUND') return setForm({ ...EMPTY_FORMS[kind] });
        if (!res.ok) return setError(messageFor(res));
        setForm(toForm(kind, res.data.content));
        setFiles(toFiles(res.data.content));
      });
    }
  }, [kind, revisionId, editTarget, targetId]);

  // Only forms with a township or village wait for the list.
  const needsPlaces = FIELDS[kind].some((f) => f.place);
  const failed = error ?? (needsPlaces ? places.error : null);
  if (failed) return <ErrorState message={failed} onRetry={error ? undefined : places.reload} />;
  if (!form || (needsPlaces && !places.townships)) return <LoadingState />;

  // A new township's villages are others: its village choice starts again.
  const set = (name: string, value: string): void => setForm({ ...form, [name]: value, ...(name === 'township' && value !== form.township ? { village: '' } : {}) });
  const optionsOf = (field: FieldSpec): Record<string, string> | undefined => (field.place ? placeOptions(places.townships ?? [], field.place, form) : field.options);
  const save = async (thenSubmit: boolean): Promise<void> => {
    const problem = checkForm(kind, form, files);
    if (problem) return setNotice(problem);
    setBusy(true);
    const saved = await saveDraft(id.current, kind, targetId, toContent(kind, form, files), changeNote);
    if (!saved.ok) {
      setBusy(false);
      return setNotice(messageFor(saved));
    }
    if (!thenSubmit) {
      setBusy(false);
      return setNotice('草稿已保存');
    }
    const submitted = await submitRevision(id.current);
    setBusy(false);
    if (!submitted.ok) return setNotice(messageFor(submitted));
    void Taro.showToast({ title: '已提交审核', icon: 'success' });
    void Taro.redirectTo({ url: '/staff/content/index' });
  };

  return (
    <View className="list">
      <Text className="section__title">{`${targetId ? '修订' : SINGLETON_IDS[kind] ? '编辑' : '新建'}${CONTENT_KIND_LABELS[kind]}`}</Text>
      {FIELDS[kind].map((field) => {
        const options = optionsOf(field);
        return (
          <View key={field.name} className="field">
            <Text className="field__label">{field.label}</Text>
            {options ? (
              <Picker mode="selector" range={Object.values(options)} onChange={(e) => set(field.name, Object.keys(options)[Number(e.detail.value)] ?? '')}>
                <View className="input input--picker" role="button">{options[form[field.name] ?? ''] ?? '请选择'}</View>
              </Picker>
            ) : field.multiline ? (
              <Textarea className="input input--area" value={form[field.name] ?? ''} maxlength={-1} autoHeight nativeProps={{ 'aria-label': field.label }} onInput={(e) => set(field.name, e.detail.value)} />
            ) : (
              <Input className="input" value={form[field.name] ?? ''} placeholder={field.hint} nativeProps={{ 'aria-label': field.label }} onInput={(e) => set(field.name, e.detail.value)} />
            )}
          </View>
        );
      })}
      {kind === 'notice' && <NoticePreview form={form} />}
      {kind === 'service' && <ServiceGaps form={form} />}
      {(kind === 'policy' || kind === 'consultation' || kind === 'proposal') && <FilePicker files={files} onChange={setFiles} />}
      {kind === 'projectUpdate' && <FilePicker files={files} onChange={setFiles} photosOnly />}
      {kind === 'project' && (
        <FilePicker
          files={files}
          onChange={setFiles}
          onDocument={(name, fileId) => set('disclosures', [form.disclosures, `施工管理|${name.replace(/\|/g, ' ').slice(0, 60)}|${new Date().toISOString().slice(0, 10)}||${fileId}`].filter(Boolean).join('\n'))}
        />
      )}
      <View className="field">
        <Text className="field__label">更新说明（发布后显示在“更新记录”里）</Text>
        <Input className="input" value={changeNote} maxlength={100} nativeProps={{ 'aria-label': '更新说明' }} onInput={(e) => setChangeNote(e.detail.value)} />
      </View>
      <StatusLine text={notice} />
      <Button className="btn" disabled={busy} onClick={() => void save(false)}>
        保存草稿
      </Button>
      <Button className="btn btn--primary" disabled={busy} loading={busy} onClick={() => void save(true)}>
        保存并提交审核
      </Button>
    </View>
  );
}
