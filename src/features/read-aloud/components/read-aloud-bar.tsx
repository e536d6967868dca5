import { Button, Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { joinSentences } from '#types/text/join-sentences';
import { spokenForm } from '#types/text/spoken-form';
import { useElderMode } from '@/features/display';
import { platformSpeech } from '../engines/pick-engine';
import type { SpeechEngine } from '../engines/speech-engine';
import { useReadAloud } from '../hooks/use-read-aloud';

/**
 * 朗读 / 暂停 / 继续 / 停止 for what a page shows, read in its spoken form (dates, numbers, road codes
 * and phone numbers as they are said). In elder mode the 朗读 button is large and full width; where the
 * phone or browser cannot read aloud, tapping it says so.
 */
export function ReadAloudBar({ parts, label, engine }: { parts: readonly string[]; label: string; engine?: SpeechEngine }) {
  const elder = useElderMode();
  const written = joinSentences(parts);
  const text = useMemo(() => spokenForm(written), [written]);
  const speech = useMemo(() => engine ?? platformSpeech(), [engine]);
  const { status, message, start, pause, resume, stop } = useReadAloud(text, speech);
  const main = elder ? 'btn btn--primary read-aloud__main' : 'btn btn--small read-aloud__main';
  return (
    <View className={elder ? 'read-aloud read-aloud--elder' : 'read-aloud'}>
      {status === 'idle' && (
        <Button className={main} onClick={start}>
          {label}
        </Button>
      )}
      {status === 'reading' && (
        <Button className={main} onClick={pause}>
          暂停
        </Button>
      )}
      {status === 'paused' && (
        <Button className={main} onClick={resume}>
          继续朗读
        </Button>
      )}
      {status !== 'idle' && (
        <Button className="btn btn--small" onClick={stop}>
          停止
        </Button>
      )}
      {message && (
        <View role="status">
          <Text className="row__hint">{message}</Text>
        </View>
      )}
    </View>
  );
}
