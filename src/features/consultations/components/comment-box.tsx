import { Button, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { messageFor } from '@/lib/cloud';
import { submitComment } from '../api/consultations-api';
import { newRequestId } from '@/lib/new-request-id';
import { StatusLine } from '@/components/ui/state-views';

/** Leave a comment on one part of the draft (or the whole, section -1). */
export function CommentBox({ consultationId, section, onSent }: { consultationId: string; section: number; onSent(): void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId('m'));
  const send = (): void => {
    if (text.trim().length < 5) return setStatus('请至少写 5 个字');
    setBusy(true);
    void submitComment(consultationId, section, text.trim(), requestId.current).then((res) => {
      setBusy(false);
      if (!res.ok) return setStatus(messageFor(res));
      requestId.current = newRequestId('m');
      setText('');
      setStatus(res.data.status === 'held' ? '已收到，审核后公开' : '已收到，谢谢你的意见');
      onSent();
    });
  };
  return (
    <View className="field">
      <Textarea className="input input--area" autoHeight value={text} maxlength={1000} placeholder="对这一部分有什么意见或建议？（不会显示你的名字）" onInput={(e) => setText(e.detail.value)} />
      <Button className="btn btn--small btn--primary" disabled={busy} loading={busy} onClick={send}>
        提交意见
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
