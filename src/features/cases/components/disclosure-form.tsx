import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { CaseView } from '#types/api/case-views';
import { DISCLOSURE_FORM_LABELS, DISCLOSURE_FORMS } from '#types/models/case';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '#types/models/disclosure-result';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { OpenInWeChat, useMe } from '@/features/session';
import { messageFor } from '@/lib/cloud';
import { applyDisclosure } from '../api/cases-api';
import { newRequestId } from '@/lib/new-request-id';
import { dueDateText } from '../due-date-text';
import { PrivacyNotice } from '@/features/personal-data/components/privacy-notice';
import { LabelledField } from '@/components/ui/labelled-field';

const TYPES = ['person', 'organisation'] as const;
const TYPE_LABELS = { person: '公民个人', organisation: '法人或其他组织' };


/** 依申请公开: the application form; the applicant's details are seen only by them and by staff. */
export function DisclosureForm() {
  const { me } = useMe();
  const requestId = useRef(newRequestId('d'));
  const [type, setType] = useState<(typeof TYPES)[number]>('person');
  const [form, setForm] = useState<(typeof DISCLOSURE_FORMS)[number]>('electronic');
  const [orgKind, setOrgKind] = useState<OrganisationKind | undefined>(undefined);
  const [f, setF] = useState({ name: '', idNumber: '', organisation: '', phone: '', address: '', email: '', description: '', purpose: '' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [done, setDone] = useState<CaseView | null>(null);
  const set = (key: keyof typeof f) => (value: string) => setF({ ...f, [key]: value });
  if (done) {
    return (
      <View className="section" role="status">
        <Text className="section__title">申请已收到</Text>
        <Text className="card__summary">受理编号：{done.trackingNo}</Text>
        <Text className="card__summary">我们会在 {dueDateText(done)} 前答复（20 个工作日内）；需要补正或延期时会告诉你。</Text>
        <Button className="btn btn--primary" onClick={() => void Taro.redirectTo({ url: '/more/my-cases/index' })}>
          查看办理进度
        </Button>
      </View>
    );
  }
  const send = (): void => {
    setBusy(true);
    setNotice(null);
    const { description, purpose, ...person } = f;
    void applyDisclosure(requestId.current, { applicant: { type, ...(type === 'organisation' && orgKind ? { orgKind } : {}), ...person }, description, purpose, form }).then((res) => {
      setBusy(false);
      if (res.ok) setDone(res.data);
      else setNotice(messageFor(res));
    });
  };
  return (
    <View className="list">
      {me && !me.signedIn && <OpenInWeChat what="申请公开" note="可以先看看要填什么。" />}
      <Text className="row__hint">依据《政府信息公开条例》，你可以申请获取本局的政府信息。你的姓名、证件号和联系方式只有你和工作人员能看到。</Text>
      <ChoiceChips options={TYPES} labels={TYPE_LABELS} value={type} onChange={(t) => setType(t ?? 'person')} />
      <LabelledField label={type === 'person' ? '姓名' : '联系人姓名'} value={f.name} onInput={set('name')} max={30} />
      {type === 'organisation' && <LabelledField label="单位名称" value={f.organisation} onInput={set('organisation')} max={60} />}
      {type === 'organisation' && (
        <View className="field">
          <Text className="field__label">单位类别</Text>
          <ChoiceChips options={ORGANISATION_KINDS} labels={ORGANISATION_KIND_LABELS} value={orgKind} onChange={setOrgKind} />
        </View>
      )}
      <LabelledField label={type === 'person' ? '身份证号' : '统一社会信用代码'} value={f.idNumber} onInput={set('idNumber')} max={18} />
      <LabelledField label="联系电话" value={f.phone} onInput={set('phone')} max={13} />
      <LabelledField label="通信地址" value={f.address} onInput={set('address')} />
      <LabelledField label="电子邮箱（选填）" value={f.email} onInput={set('email')} max={80} />
      <PrivacyNotice kind="disclosures" />
      <LabelledField label="想获取哪些信息（尽量写清文件名称、文号或大致内容）" value={f.description} onInput={set('description')} multiline max={2000} />
      <LabelledField label="用途" value={f.purpose} onInput={set('purpose')} max={300} />
      <Text className="field__label">希望的获取方式</Text>
      <ChoiceChips options={DISCLOSURE_FORMS} labels={DISCLOSURE_FORM_LABELS} value={form} onChange={(x) => setForm(x ?? 'electronic')} />
      {notice && (
        <View role="alert">
          <Text className="state__text">{notice}</Text>
        </View>
      )}
      <Button className="btn btn--primary" disabled={busy} loading={busy} onClick={send}>
        提交申请
      </Button>
    </View>
  );
}
