// Which materials the person has ticked for each service guide, remembered on the device, so a
// half-gathered list is still there when they come back before going to the window.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { taroStorage } from '@/lib/taro-storage';

interface ChecklistState {
  ticked: Record<string, string[]>;
  toggle(serviceId: string, material: string): void;
  clear(serviceId: string): void;
}

export const useChecklistStore = create<ChecklistState>()(
  persist(
    (set) => ({
      ticked: {},
      toggle: (serviceId, material) =>
        set((state) => {
          const current = state.ticked[serviceId] ?? [];
          const next = current.includes(material) ? current.filter((m) => m !== material) : [...current, material];
          return { ticked: { ...state.ticked, [serviceId]: next } };
        }),
      clear: (serviceId) => set((state) => ({ ticked: { ...state.ticked, [serviceId]: [] } })),
    }),
    { name: 'service-checklists', storage: taroStorage },
  ),
);
