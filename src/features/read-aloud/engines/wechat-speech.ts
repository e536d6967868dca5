// weapp: WeChat's 同声传译 plugin (WechatSI) turns each piece of text into an audio file on WeChat's servers
// (textToSpeech, at most 1,000 bytes of text per call, the file kept 3 hours); InnerAudioContext plays
// the pieces one after another, the next one made while the current one plays. Where the plugin is not
// there (not declared, not added to the mini-program, or a simulator without plugins) it says so.
import Taro from '@tarojs/taro';
import { speechChunks } from '#types/text/speech-chunks';
import type { SpeechEngine } from './speech-engine';

declare const requirePlugin: ((name: string) => unknown) | undefined;

export const WECHAT_UNAVAILABLE = '朗读暂不可用';
const FAILED = '朗读没有成功，请检查网络后再点一次朗读';
/** The plugin's limit is 1,000 bytes of UTF-8 text per call; a margin below it. */
const CHUNK_BYTES = 900;

interface TextToSpeechResult {
  retcode: number;
  filename?: string;
}
interface WechatSi {
  textToSpeech(options: { lang: 'zh_CN'; tts: true; content: string; success(res: TextToSpeechResult): void; fail(res: unknown): void }): void;
}

/** The plugin, or null where it cannot be loaded. */
function wechatSi(): WechatSi | null {
  if (typeof requirePlugin !== 'function') return null;
  try {
    const plugin = requirePlugin('WechatSI') as Partial<WechatSi> | null | undefined;
    return plugin && typeof plugin.textToSpeech === 'function' ? (plugin as WechatSi) : null;
  } catch {
    return null;
  }
}

const synthesize = (plugin: WechatSi, content: string): Promise<string> =>
  new Promise((resolve, reject) => {
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: (res) => (res.retcode === 0 && res.filename ? resolve(res.filename) : reject(res)),
      fail: reject,
    });
  });

export const wechatSpeech: SpeechEngine = {
  unavailableReason: () => (wechatSi() && typeof Taro.createInnerAudioContext === 'function' ? null : WECHAT_UNAVAILABLE),

  start(text, { onEnd, onError }) {
    const plugin = wechatSi();
    if (!plugin) {
      onError(WECHAT_UNAVAILABLE);
      return { pause: () => undefined, resume: () => undefined, stop: () => undefined };
    }
    // Read aloud even when an iPhone's silent switch is on: the person asked for it.
    Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined);
    const audio = Taro.createInnerAudioContext();
    const chunks = speechChunks(text, CHUNK_BYTES);
    let stopped = false;
    let index = 0;
    let upcoming: Promise<string> | null = null;
    const finish = (): void => {
      stopped = true;
      audio.destroy();
    };
    const fail = (): void => {
      if (stopped) return;
      finish();
      onError(FAILED);
    };
    const playNext = async (): Promise<void> => {
      const chunk = chunks[index];
      if (chunk === undefined) {
        finish();
        return onEnd();
      }
      const url = await (upcoming ?? synthesize(plugin, chunk));
      index += 1;
      const following = chunks[index];
      upcoming = following === undefined ? null : synthesize(plugin, following);
      upcoming?.catch(() => undefined);
      if (stopped) return;
      audio.src = url;
      audio.play();
    };
    audio.onEnded(() => {
      if (!stopped) playNext().catch(fail);
    });
    audio.onError(fail);
    playNext().catch(fail);
    return {
      pause: () => audio.pause(),
      resume: () => audio.play(),
      stop: () => {
        if (stopped) return;
        audio.stop();
        finish();
      },
    };
  },
};
