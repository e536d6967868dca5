import type { SpeechEngine } from './speech-engine';
import { webSpeech } from './web-speech';
import { wechatSpeech } from './wechat-speech';

/** WeChat's 同声传译 plugin on the weapp build, the browser's speech synthesis on H5. */
export const platformSpeech = (): SpeechEngine => (process.env.TARO_ENV === 'weapp' ? wechatSpeech : webSpeech);
