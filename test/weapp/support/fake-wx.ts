// The `wx` object of a simulated phone: the APIs this app calls, each recorded, with WeChat's calling
// convention (success / fail / complete callbacks, or a Promise when none is given). Cloud calls,
// navigation and the subscribe dialog are answered by the host (the local cloud, the page stack, the
// test's choice). Taro only exposes the APIs present here, so a call to one missing is a loud
// "小程序暂不支持" warning, which the harness treats as a failure.

export type SubscribeChoice = 'accept' | 'reject' | 'ban' | 'filter';
/** What the subscribe dialog answers: one choice for every template, or the person's main switch off (errCode 20004). */
export type SubscribeAnswer = SubscribeChoice | 'switched-off';
export type NavigationApi = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';

export interface WxCall {
  api: string;
  options: Record<string, unknown>;
}

export interface WxHost {
  callFunction(name: string, data: unknown): Promise<unknown>;
  navigate(api: NavigationApi, options: { url?: string; delta?: number }): Promise<void>;
}

type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void };
type ApiOptions = Record<string, unknown> & Callbacks;

/** An InnerAudioContext: what it was given to play, and whether it is playing; the test ends a piece with `end()`. */
export class FakeAudio {
  src = '';
  playing = false;
  destroyed = false;
  private ended: (() => void)[] = [];
  play(): void {
    this.playing = true;
  }
  pause(): void {
    this.playing = false;
  }
  stop(): void {
    this.playing = false;
  }
  destroy(): void {
    this.destroyed = true;
    this.playing = false;
  }
  onEnded(listener: () => void): void {
    this.ended.push(listener);
  }
  onError(): void {}
  end(): void {
    this.playing = false;
    for (const listener of this.ended) listener();
  }
}

export class FakeWx {
  readonly calls: WxCall[] = [];
  readonly audios: FakeAudio[] = [];
  readonly storage = new Map<string, unknown>();
  readonly toasts: string[] = [];
  readonly modals: { title: string; content: string }[] = [];
  subscribeAnswer: SubscribeAnswer = 'accept';
  clipboard = '';
  /** The object the built code sees as `wx`. */
  readonly api: Record<string, unknown>;

  constructor(host: WxHost) {
    const sync = <T>(name: string, run: (...args: unknown[]) => T) =>
      (...args: unknown[]): T => {
        this.calls.push({ api: name, options: { args } });
        return run(...args);
      };
    const async = (name: string, run: (options: ApiOptions) => Promise<Record<string, unknown>> | Record<string, unknown>) =>
      (options: ApiOptions = {}): Promise<unknown> | undefined => {
        this.calls.push({ api: name, options });
        const result = Promise.resolve()
          .then(() => run(options))
          .then(
            (res) => {
              const answer = { errMsg: `${name}:ok`, ...res };
              options.success?.(answer);
              options.complete?.(answer);
              return answer;
            },
            (error: unknown) => {
              const failure = error && typeof error === 'object' && 'errMsg' in error ? error : { errMsg: `${name}:fail ${String(error)}` };
              options.fail?.(failure);
              options.complete?.(failure);
              throw failure;
            },
          );
        if (options.success || options.fail || options.complete) {
          result.catch(() => undefined);
          return undefined;
        }
        return result;
      };
    const navigation = (name: NavigationApi) => async(name, async (o) => {
      await host.navigate(name, { url: o.url as string | undefined, delta: o.delta as number | undefined });
      return {};
    });
    const fail = (name: string, errMsg: string, errCode?: number): never => {
      throw { errMsg: `${name}:fail ${errMsg}`, errCode };
    };

    this.api = {
      // Phone facts the runtime and the elder mode read.
      getAppBaseInfo: sync('getAppBaseInfo', () => ({ SDKVersion: '3.6.0', language: 'zh_CN', version: '8.0.50', theme: 'light', fontSizeSetting: 16 })),
      getWindowInfo: sync('getWindowInfo', () => ({ pixelRatio: 3, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 729, statusBarHeight: 44, safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 } })),
      getDeviceInfo: sync('getDeviceInfo', () => ({ platform: 'android', system: 'Android 14', brand: 'devtools', model: 'simulated' })),
      getSystemInfoSync: sync('getSystemInfoSync', () => ({ platform: 'android', system: 'Android 14', SDKVersion: '3.6.0', version: '8.0.50', pixelRatio: 3, screenWidth: 375, windowWidth: 375, windowHeight: 729, fontSizeSetting: 16, language: 'zh_CN' })),
      canIUse: sync('canIUse', () => true),
      // Storage, as wx.*StorageSync: values kept as given (WeChat stores JSON-able values).
      getStorageSync: sync('getStorageSync', (key) => (this.storage.has(key as string) ? this.storage.get(key as string) : '')),
      setStorageSync: sync('setStorageSync', (key, value) => void this.storage.set(key as string, JSON.parse(JSON.stringify(value)))),
      removeStorageSync: sync('removeStorageSync', (key) => void this.storage.delete(key as string)),
      // Interface.
      showToast: async('showToast', (o) => {
        this.toasts.push(String(o.title ?? ''));
        return {};
      }),
      hideToast: async('hideToast', () => ({})),
      showLoading: async('showLoading', () => ({})),
      hideLoading: async('hideLoading', () => ({})),
      showModal: async('showModal', (o) => {
        this.modals.push({ title: String(o.title ?? ''), content: String(o.content ?? '') });
        return { confirm: true, cancel: false };
      }),
      setNavigationBarTitle: async('setNavigationBarTitle', () => ({})),
      pageScrollTo: async('pageScrollTo', () => ({})),
      stopPullDownRefresh: async('stopPullDownRefresh', () => ({})),
      // Navigation, through the host's page stack.
      navigateTo: navigation('navigateTo'),
      redirectTo: navigation('redirectTo'),
      switchTab: navigation('switchTab'),
      reLaunch: navigation('reLaunch'),
      navigateBack: navigation('navigateBack'),
      // Privacy-relevant APIs: recorded; the dialogs answer as a person who says yes, unless told otherwise.
      requestSubscribeMessage: async('requestSubscribeMessage', (o) => {
        const answer = this.subscribeAnswer;
        if (answer === 'switched-off') return fail('requestSubscribeMessage', 'subscriptions switched off', 20004);
        return Object.fromEntries((o.tmplIds as string[]).map((id) => [id, answer]));
      }),
      setClipboardData: async('setClipboardData', (o) => {
        this.clipboard = String(o.data ?? '');
        return {};
      }),
      makePhoneCall: async('makePhoneCall', () => ({})),
      chooseMessageFile: async('chooseMessageFile', () => fail('chooseMessageFile', 'cancel')),
      chooseImage: async('chooseImage', () => fail('chooseImage', 'cancel')),
      chooseMedia: async('chooseMedia', () => fail('chooseMedia', 'cancel')),
      previewImage: async('previewImage', () => ({})),
      // Audio (朗读 plays what WeChat's speech plugin made).
      createInnerAudioContext: sync('createInnerAudioContext', () => {
        const audio = new FakeAudio();
        this.audios.push(audio);
        return audio;
      }),
      setInnerAudioOption: async('setInnerAudioOption', () => ({})),
      downloadFile: async('downloadFile', () => fail('downloadFile', 'no network in the simulator')),
      openDocument: async('openDocument', () => ({})),
      cloud: {
        init: sync('cloud.init', () => undefined),
        callFunction: async('cloud.callFunction', async (o) => ({ result: await host.callFunction(String(o.name), o.data), requestID: 'simulated' })),
        uploadFile: async('cloud.uploadFile', () => fail('cloud.uploadFile', 'uploads are not simulated')),
      },
    };
  }

  callsTo(api: string): WxCall[] {
    return this.calls.filter((c) => c.api === api);
  }
}
