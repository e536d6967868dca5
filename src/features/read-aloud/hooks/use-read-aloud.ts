import { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Playback, SpeechEngine } from '../engines/speech-engine';

export type ReadAloudStatus = 'idle' | 'reading' | 'paused';

export interface ReadAloud {
  status: ReadAloudStatus;
  /** Why reading did not start or stopped (the browser cannot speak, the plugin is missing, the network failed). */
  message: string | null;
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

/** One reading of `text` at a time: stopped when the text changes, the page is left or hidden. */
export function useReadAloud(text: string, engine: SpeechEngine): ReadAloud {
  const [status, setStatus] = useState<ReadAloudStatus>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const playback = useRef<Playback | null>(null);

  const stop = useCallback((): void => {
    const current = playback.current;
    playback.current = null;
    current?.stop();
    setStatus('idle');
  }, []);
  useEffect(() => stop, [text, stop]);
  useDidHide(stop);

  const start = (): void => {
    const reason = engine.unavailableReason();
    setMessage(reason);
    if (reason) return;
    stop();
    let settled = false;
    let current: Playback | null = null;
    const ended = (failure: string | null): void => {
      settled = true;
      // The end of a reading that was stopped or replaced since changes nothing.
      if (current !== null && playback.current !== current) return;
      playback.current = null;
      setStatus('idle');
      setMessage(failure);
    };
    current = engine.start(text, { onEnd: () => ended(null), onError: ended });
    if (settled) return;
    playback.current = current;
    setStatus('reading');
  };

  const pause = (): void => {
    playback.current?.pause();
    if (playback.current) setStatus('paused');
  };
  const resume = (): void => {
    playback.current?.resume();
    if (playback.current) setStatus('reading');
  };
  return { status, message, start, pause, resume, stop };
}
