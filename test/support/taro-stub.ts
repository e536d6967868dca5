// A stand-in for @tarojs/taro in jsdom tests: storage backed by localStorage, as Taro's H5 build does.
const Taro = {
  getStorageSync: (key: string): string => window.localStorage.getItem(key) ?? '',
  setStorageSync: (key: string, value: string): void => window.localStorage.setItem(key, value),
  removeStorageSync: (key: string): void => window.localStorage.removeItem(key),
  getAppBaseInfo: (): { fontSizeSetting: number } => ({ fontSizeSetting: Number(window.localStorage.getItem('__fontSizeSetting') ?? 16) }),
  navigateTo: async (): Promise<void> => undefined,
  redirectTo: async (): Promise<void> => undefined,
  switchTab: async (): Promise<void> => undefined,
  cloud: { init: (): void => undefined, callFunction: async (): Promise<never> => Promise.reject(new Error('no WeChat in tests')) },
};

export default Taro;
export const useShareAppMessage = (): void => undefined;
export const useShareTimeline = (): void => undefined;
export const useDidHide = (): void => undefined;
export const useRouter = (): { params: Record<string, string | undefined> } => ({ params: {} });
