import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { recordMeetingOpinion, saveMinutes } from '../api/meetings-api';

/** At and after the meeting: each opinion voiced (a 会上意见 comment, answered like online ones) and the minutes. */
export function MeetingRecord({ meetingId, sections, minutes, onSaved }: { meetingId: string; sections: string[]; minutes: string; onSaved(message: string): void }) {
  const parts = Object.fromEntries([['-1', '整体'], ...sections.map((h, i) => [String(i), h])]) as Record<string, string>;
  const [section, setSection] = useState('-1');
  const [text, setText] = useState('');
  const [draft, setDraft] = useState(minutes);
  const [status, setStatus] = useState<string | null>(null);
  const requestId = useRef(newRequestId('op'));
  const record = (): void =>
    void recordMeetingOpinion(meetingId, Number(section), text.trim(), requestId.current).then((res) => {
      if (!res.ok) return setStatus(messageFor(res));
      requestId.current = newRequestId('op');
      setText('');
      onSaved('已记录为会上意见，截止后和网上意见一起记录处理结果');
    });
  return (
    <View className="list">
      <Text className="section__title">记录会上意见</Text>
      <ChoiceChips options={Object.keys(parts)} labels={parts} value={section} onChange={(v) => setSection(v ?? '-1')} wrap />
      <Textarea className="input input--area" value={text} maxlength={1000} placeholder="一条意见一次，照原意记录，不写发言人姓名" onInput={(e) => setText(e.detail.value)} />
      <Button className="btn btn--small btn--primary" onClick={record}>
        记录这条意见
      </Button>
      <Text className="section__title">会议纪要（和采纳情况一起公布）</Text>
      <Textarea className="input input--area" value={draft} maxlength={5000} placeholder="时间、地点、到会人数、主要意见和回应" onInput={(e) => setDraft(e.detail.value)} />
      <Button className="btn btn--small" onClick={() => void saveMinutes(meetingId, draft.trim()).then((res) => (res.ok ? onSaved('纪要已保存') : setStatus(messageFor(res))))}>
        保存纪要
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
