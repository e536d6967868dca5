// H5: the browser's Web Speech API (speechSynthesis) with a Chinese voice when the browser has one.
import { speechChunks } from '#types/text/speech-chunks';
import type { SpeechEngine } from './speech-engine';

export const WEB_UNSUPPORTED = '当前浏览器不支持朗读';
const FAILED = '朗读中断了，请再点一次朗读';
/** Browsers cut off long utterances (Chrome after about 15 s): a few sentences at a time. */
const CHUNK_BYTES = 450;
/** A little slower than the default, for older listeners. */
const RATE = 0.9;

interface SpeechWindow {
  speechSynthesis: SpeechSynthesis;
  SpeechSynthesisUtterance: typeof SpeechSynthesisUtterance;
}

function speechWindow(): SpeechWindow | null {
  // A conditional on typeof, not an early return: the weapp bundle check accepts window only there.
  const w = (typeof window === 'undefined' ? null : window) as unknown as Partial<SpeechWindow> | null;
  return w?.speechSynthesis && typeof w.SpeechSynthesisUtterance === 'function' ? (w as SpeechWindow) : null;
}

/** A zh-CN voice, else any Chinese one; null when the voices are known and none is Chinese; undefined while they load. */
function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null | undefined {
  const voices = synth.getVoices();
  if (voices.length === 0) return undefined;
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang)) ?? null;
}

/** Errors that mean the browser cannot speak Chinese at all, rather than a reading cut short. */
const CANNOT_SPEAK = new Set(['synthesis-unavailable', 'language-unavailable', 'voice-unavailable', 'not-allowed']);

export const webSpeech: SpeechEngine = {
  unavailableReason() {
    const w = speechWindow();
    if (!w) return WEB_UNSUPPORTED;
    return chineseVoice(w.speechSynthesis) === null ? WEB_UNSUPPORTED : null;
  },

  start(text, { onEnd, onError }) {
    const w = speechWindow();
    if (!w) {
      onError(WEB_UNSUPPORTED);
      return { pause: () => undefined, resume: () => undefined, stop: () => undefined };
    }
    const synth = w.speechSynthesis;
    const chunks = speechChunks(text, CHUNK_BYTES);
    let stopped = false;
    // Whatever another page left speaking ends here.
    synth.cancel();
    // Every piece is queued now, inside the tap: iOS Safari speaks only what a tap started, and the
    // browser's queue reads them one after another.
    const voice = chineseVoice(synth);
    chunks.forEach((chunk, i) => {
      const utterance = new w.SpeechSynthesisUtterance(chunk);
      utterance.lang = 'zh-CN';
      utterance.rate = RATE;
      if (voice) utterance.voice = voice;
      if (i === chunks.length - 1) utterance.onend = () => void (stopped || onEnd());
      utterance.onerror = (event) => {
        // Stopping or another reading's start interrupts this one: not a failure.
        if (stopped || event.error === 'interrupted' || event.error === 'canceled') return;
        stopped = true;
        synth.cancel();
        onError(CANNOT_SPEAK.has(event.error) ? WEB_UNSUPPORTED : FAILED);
      };
      synth.speak(utterance);
    });
    if (chunks.length === 0) onEnd();
    return {
      pause: () => synth.pause(),
      resume: () => synth.resume(),
      stop: () => {
        stopped = true;
        synth.cancel();
      },
    };
  },
};
