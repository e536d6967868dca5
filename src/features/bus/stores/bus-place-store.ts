// The village the person picked for the bus page, remembered on the device so the next visit opens on it.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { taroStorage } from '@/lib/taro-storage';
import type { BusPlace } from '../api/bus-api';

interface BusPlaceState {
  place: BusPlace | null;
  choose(place: BusPlace | null): void;
}

export const useBusPlaceStore = create<BusPlaceState>()(
  persist((set) => ({ place: null, choose: (place) => set({ place }) }), { name: 'bus-place', storage: taroStorage }),
);
