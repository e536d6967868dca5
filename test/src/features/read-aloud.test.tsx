// 朗读 in jsdom. The speech engines are the boundary: the browser's speechSynthesis and WeChat's 同声传译
// plugin are replaced by small stand-ins that record what they were asked to say, and play it when told.
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { NoticeView } from '#types/api/notice-views';
import { useDisplayStore } from '@/features/display/stores/display-store';
import { ReadAloudBar } from '@/features/read-aloud';
import { webSpeech } from '@/features/read-aloud/engines/web-speech';
import { wechatSpeech } from '@/features/read-aloud/engines/wechat-speech';
import { noticeScript } from '@/features/notices/notice-script';

class Utterance {
  lang = '';
  rate = 1;
  voice: { lang: string; name: string } | null = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

/** speechSynthesis as a browser has it: a queue, spoken one utterance at a time. */
class Synth {
  queue: Utterance[] = [];
  spoken: Utterance[] = [];
  paused = false;
  constructor(private voices: { lang: string; name: string }[]) {}
  getVoices = () => this.voices;
  speak = (u: Utterance) => this.queue.push(u);
  pause = () => (this.paused = true);
  resume = () => (this.paused = false);
  cancel = () => {
    const dropped = this.queue.splice(0);
    for (const u of dropped) u.onerror?.({ error: 'interrupted' });
  };
  /** The utterance being spoken finishes. */
  finishOne = () => {
    const u = this.queue.shift();
    if (!u) throw new Error('nothing is being spoken');
    this.spoken.push(u);
    u.onend?.();
  };
}

const w = window as unknown as Record<string, unknown>;
function installSpeech(voices = [{ lang: 'en-US', name: 'English' }, { lang: 'zh-CN', name: '婷婷' }]): Synth {
  const synth = new Synth(voices);
  w.speechSynthesis = synth;
  w.SpeechSynthesisUtterance = Utterance;
  return synth;
}
afterEach(() => {
  delete w.speechSynthesis;
  delete w.SpeechSynthesisUtterance;
  act(() => useDisplayStore.setState({ elderChoice: null }));
});

const notice: NoticeView = {
  id: 'n1',
  kind: 'closure',
  title: 'G235清溪段夜间半幅封闭',
  area: '城关镇',
  validFrom: '2026-06-10',
  validTo: '2026-06-20',
  publishedAt: '2026-06-01T02:00:00.000Z',
  read: true,
  withdrawn: false,
  body: '每日22:00至次日6:00半幅封闭，49t以上货车请绕行S218。咨询电话12328。',
  audience: { topics: ['closure'], areas: [] },
  related: null,
  withdrawnNote: null,
} as unknown as NoticeView;

describe('read-aloud on H5', () => {
  it('reads a notice in its spoken form with a Chinese voice, and pauses, resumes and ends', () => {
    const synth = installSpeech();
    render(<ReadAloudBar parts={noticeScript(notice)} label="朗读这条通知" engine={webSpeech} />);
    fireEvent.click(screen.getByText('朗读这条通知'));
    expect(synth.queue).toHaveLength(1);
    const u = synth.queue[0] as Utterance;
    expect(u.text).toBe(
      '交通管制：国道二三五清溪段夜间半幅封闭。影响范围：城关镇。时间：二零二六年六月十日至二零二六年六月二十日。每日二十二点至次日六点半幅封闭，四十九吨以上货车请绕行省道二幺八。咨询电话一二三二八。',
    );
    expect([u.lang, u.voice?.name]).toEqual(['zh-CN', '婷婷']);
    fireEvent.click(screen.getByText('暂停'));
    expect(synth.paused).toBe(true);
    fireEvent.click(screen.getByText('继续朗读'));
    expect(synth.paused).toBe(false);
    act(() => synth.finishOne());
    expect(screen.getByText('朗读这条通知')).toBeInTheDocument();
    expect(screen.queryByText('停止')).toBeNull();
  });

  it('queues a long text a few sentences at a time within the tap, and ends after the last', () => {
    const synth = installSpeech();
    const sentences = Array.from({ length: 12 }, (_, i) => `第${i + 1}条：农村公路养护资金按每公里每年补助标准执行`);
    render(<ReadAloudBar parts={sentences} label="朗读解读" engine={webSpeech} />);
    fireEvent.click(screen.getByText('朗读解读'));
    expect(synth.queue.length).toBeGreaterThan(1);
    while (synth.queue.length > 1) {
      act(() => synth.finishOne());
      expect(screen.getByText('暂停')).toBeInTheDocument();
    }
    act(() => synth.finishOne());
    const heard = synth.spoken.map((u) => u.text).join('');
    expect(heard).toContain('第十二条：');
    expect(heard).not.toMatch(/\d/);
    expect(screen.getByText('朗读解读')).toBeInTheDocument();
  });

  it('stops at 停止, and the cut-off reading reports nothing', () => {
    const synth = installSpeech();
    render(<ReadAloudBar parts={['问：村道坏了找谁修？', '答：乡镇政府负责。']} label="朗读这条问答" engine={webSpeech} />);
    fireEvent.click(screen.getByText('朗读这条问答'));
    fireEvent.click(screen.getByText('停止'));
    expect(synth.queue).toHaveLength(0);
    expect(screen.getByText('朗读这条问答')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('explains instead of doing nothing where the browser has no speech or no Chinese voice', () => {
    render(<ReadAloudBar parts={['交通通知']} label="朗读这条通知" engine={webSpeech} />);
    fireEvent.click(screen.getByText('朗读这条通知'));
    expect(screen.getByRole('status')).toHaveTextContent('当前浏览器不支持朗读');

    const synth = installSpeech([{ lang: 'en-US', name: 'English' }]);
    fireEvent.click(screen.getByText('朗读这条通知'));
    expect(synth.queue).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('当前浏览器不支持朗读');
  });

  it('says so when the browser fails part way', () => {
    const synth = installSpeech();
    render(<ReadAloudBar parts={['交通通知']} label="朗读这条通知" engine={webSpeech} />);
    fireEvent.click(screen.getByText('朗读这条通知'));
    act(() => synth.queue[0]?.onerror?.({ error: 'synthesis-failed' }));
    expect(screen.getByRole('status')).toHaveTextContent('朗读中断了');
    expect(screen.getByText('朗读这条通知')).toBeInTheDocument();
  });

  it('is a large, full-width button in elder mode', () => {
    act(() => useDisplayStore.setState({ elderChoice: true }));
    render(<ReadAloudBar parts={['交通通知']} label="朗读这条通知" engine={webSpeech} />);
    expect(screen.getByText('朗读这条通知')).toHaveClass('btn--primary', 'read-aloud__main');
  });
});

describe('read-aloud on weapp (同声传译 plugin)', () => {
  type Options = { content: string; success(res: { retcode: number; filename?: string }): void; fail(res: unknown): void };
  const g = globalThis as unknown as Record<string, unknown>;
  const taro = Taro as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.requirePlugin;
    delete taro.createInnerAudioContext;
    delete taro.setInnerAudioOption;
  });

  function installWeChat() {
    const asked: Options[] = [];
    const played: string[] = [];
    const audio = { src: '', ended: () => undefined as void, play: () => void played.push(audio.src), pause: () => undefined, stop: () => undefined, destroy: jest.fn(), onEnded: (f: () => void) => void (audio.ended = f), onError: () => undefined };
    g.requirePlugin = (name: string) => (name === 'WechatSI' ? { textToSpeech: (o: Options) => void asked.push(o) } : undefined);
    taro.createInnerAudioContext = () => audio;
    taro.setInnerAudioOption = () => Promise.resolve();
    return { asked, played, audio };
  }

  it('says 朗读暂不可用 where the plugin cannot be loaded', () => {
    render(<ReadAloudBar parts={['交通通知']} label="朗读这条通知" engine={wechatSpeech} />);
    fireEvent.click(screen.getByText('朗读这条通知'));
    expect(screen.getByRole('status')).toHaveTextContent('朗读暂不可用');
  });

  it('asks the plugin for at most 1,000 bytes at a time and plays the pieces in order', async () => {
    const { asked, played, audio } = installWeChat();
    const parts = Array.from({ length: 30 }, (_, i) => `第${i + 1}条：国道三二零清溪段夜间半幅封闭施工，请过往车辆提前绕行`);
    render(<ReadAloudBar parts={parts} label="朗读解读" engine={wechatSpeech} />);
    fireEvent.click(screen.getByText('朗读解读'));
    for (let piece = 0; asked[piece]; piece += 1) {
      await act(async () => asked[piece]?.success({ retcode: 0, filename: `https://tts.invalid/${piece}.mp3` }));
      expect(played[piece]).toBe(`https://tts.invalid/${piece}.mp3`);
      await act(async () => audio.ended());
    }
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.every((o) => unescape(encodeURIComponent(o.content)).length <= 1000)).toBe(true);
    expect(asked.map((o) => o.content).join('')).toContain('第三十条：');
    expect(audio.destroy).toHaveBeenCalled();
    expect(screen.getByText('朗读解读')).toBeInTheDocument();
  });

  it('says so when WeChat cannot make the audio', async () => {
    const { asked } = installWeChat();
    render(<ReadAloudBar parts={['交通通知']} label="朗读这条通知" engine={wechatSpeech} />);
    fireEvent.click(screen.getByText('朗读这条通知'));
    await act(async () => asked[0]?.fail({ retcode: -20005, msg: 'network' }));
    expect(screen.getByRole('status')).toHaveTextContent('朗读没有成功');
  });
});
