import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffCaseView } from '#types/api/case-views';
import type { Result } from '#types/result';
import { isAwaitingReply } from '#types/models/case';
import { messageFor } from '@/lib/cloud';
import { pickDocument } from '@/lib/pick-file';
import { MAX_ATTACHMENT_BYTES, uploadFile } from '@/lib/upload-file';
import { assignCase, decideDisclosure, extendDisclosure, fetchQueue, replyCase, requestSupplement } from '../api/cases-api';
import { CaseClocks } from './case-clocks';
import { decisionComplete, DecisionPicker, type PickedDecision } from '@/components/ui/decision-picker';
import { CaseList } from './case-list';
import { RecordCaseForm } from './record-case-form';
import { RevealDetail } from '@/features/personal-data/components/reveal-detail';
import { ConfidentialityFields, confidentialityPayload, EMPTY_CONFIDENTIALITY } from '@/features/staff-content/components/confidentiality-fields';

/** 依申请公开: extend once, ask for a supplement, or decide; the applicant's details are shown to staff. */
function DisclosureBox({ item, onDone }: { item: StaffCaseView; onDone(message: string): void }) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<PickedDecision>({ decision: null, reason: null });
  const [documents, setDocuments] = useState<{ name: string; fileId: string }[]>([]);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const addDocument = async (): Promise<void> => {
    const picked = await pickDocument().catch(() => null);
    if (!picked) return setFileNote(process.env.TARO_ENV === 'weapp' ? null : '请在微信中添加文件（从聊天记录选择）');
    const res = await uploadFile(picked, MAX_ATTACHMENT_BYTES);
    if (!res.ok) return setFileNote(messageFor(res));
    setDocuments([...documents, { name: picked.name.slice(0, 80), fileId: res.data.fileId }]);
  };
  const report = (p: Promise<Result<StaffCaseView>>, done: string): void => void p.then((res) => onDone(res.ok ? done : messageFor(res)));
  const a = item.disclosure?.applicant;
  return (
    <View className="field">
      {a && !item.personalErased && (
        <View>
          {/* The applicant's name is on the card above; the organisation, when one applies, is here. */}
          {a.organisation && <Text className="row__hint">申请单位：{a.organisation}</Text>}
          <RevealDetail caseId={item.id} field="applicant.idNumber" masked={a.idNumber} />
          <RevealDetail caseId={item.id} field="applicant.phone" masked={a.phone} />
          <RevealDetail caseId={item.id} field="applicant.address" masked={a.address} />
          {a.email && <RevealDetail caseId={item.id} field="applicant.email" masked={a.email} />}
        </View>
      )}
      {item.personalErased && <Text className="row__hint">申请人的个人信息已按保存期限删除</Text>}
      <Textarea className="input input--area" value={text} placeholder="延期理由、补正要求或答复内容（申请人会看到）" maxlength={2000} onInput={(e) => setText(e.detail.value)} />
      <View className="choices">
        {isAwaitingReply(item.status) && !item.disclosure?.extended && (
          <Button className="btn btn--small" onClick={() => report(extendDisclosure(item.id, text.trim()), '已延期 20 个工作日')}>
            延期 20 个工作日
          </Button>
        )}
        {isAwaitingReply(item.status) && !item.disclosure?.supplement && (
          <Button className="btn btn--small" onClick={() => report(requestSupplement(item.id, text.trim()), '已通知申请人补正，期限暂停')}>
            要求补正
          </Button>
        )}
      </View>
      <DecisionPicker value={picked} onChange={setPicked} />
      {documents.map((d) => (
        <Text key={d.fileId} className="row__hint">
          公开文件：{d.name}
        </Text>
      ))}
      <Button className="btn btn--small" onClick={() => void addDocument()}>
        添加公开的文件
      </Button>
      {fileNote && <Text className="row__hint">{fileNote}</Text>}
      <Button className="btn btn--small btn--primary" disabled={!decisionComplete(picked)} onClick={() => decisionComplete(picked) && report(decideDisclosure(item.id, picked.decision, picked.reason, text.trim(), documents), '已作出答复决定')}>
        作出答复决定
      </Button>
    </View>
  );
}

function ReplyBox({ item, onDone }: { item: StaffCaseView; onDone(message: string): void }) {
  if (item.disclosure) return <DisclosureBox item={item} onDone={onDone} />;
  return <AnswerBox item={item} onDone={onDone} />;
}

function AnswerBox({ item, onDone }: { item: StaffCaseView; onDone(message: string): void }) {
  const [reply, setReply] = useState('');
  const [makePublic, setMakePublic] = useState(false);
  const [check, setCheck] = useState(EMPTY_CONFIDENTIALITY);
  const send = (close: boolean): void => void replyCase(item.id, reply.trim(), close, makePublic, confidentialityPayload(check)).then((res) => onDone(res.ok ? '已答复' : messageFor(res)));
  const take = (): void => void assignCase(item.id).then((res) => onDone(res.ok ? '已由你办理' : messageFor(res)));
  return (
    <View className="field">
      {item.phone && <RevealDetail caseId={item.id} field="phone" masked={item.phone} />}
      {item.held && <Text className="row__hint stale">内容安全检查未通过或未完成，请先核实内容</Text>}
      {item.nearDue && <Text className="row__hint stale">即将到期，请尽快答复</Text>}
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
      {makePublic && <ConfidentialityFields value={check} onChange={setCheck} />}
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
  // A recorded case joins the queue: remounting the list reads its first page again.
  const [recorded, setRecorded] = useState(0);
  return (
    <View className="list">
      <CaseClocks editable={isAdmin} />
      <RecordCaseForm onRecorded={() => setRecorded((n) => n + 1)} />
      <CaseList<StaffCaseView> key={recorded} fetch={fetchQueue} listKey="queue" empty="没有待办的提问" action={(c, done) => <ReplyBox item={c} onDone={done} />} />
    </View>
  );
}
