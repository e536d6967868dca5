// Display preferences, remembered on the device: the elder mode (长辈模式) choice.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { taroStorage } from '@/lib/taro-storage';

interface DisplayState {
  /** null until the person chooses; until then the system font size decides. */
  elderChoice: boolean | null;
  setElder(on: boolean): void;
}

export const useDisplayStore = create<DisplayState>()(
  persist((set) => ({ elderChoice: null, setElder: (on) => set({ elderChoice: on }) }), {
    name: 'display-preferences',
    storage: taroStorage,
  }),
);
