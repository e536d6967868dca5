// zustand's persist storage backed by Taro's storage (wx.setStorageSync on WeChat, localStorage on H5).
import Taro from '@tarojs/taro';
import { createJSONStorage } from 'zustand/middleware';

export const taroStorage = createJSONStorage(() => ({
  getItem: (key: string): string | null => {
    const value: unknown = Taro.getStorageSync(key);
    return typeof value === 'string' && value !== '' ? value : null;
  },
  setItem: (key: string, value: string): void => Taro.setStorageSync(key, value),
  removeItem: (key: string): void => Taro.removeStorageSync(key),
}));
