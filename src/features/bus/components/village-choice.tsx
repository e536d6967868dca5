import { Text, View } from '@tarojs/components';
import { activeTownships, type TownshipView } from '#types/api/places';
import { ChoiceChips } from '@/components/ui/choice-chips';
import type { BusPlace } from '../api/bus-api';

/** 我住在哪: a township, then (optionally) a village, from the county's list. */
export function VillageChoice({ townships, place, onChange }: { townships: readonly TownshipView[]; place: BusPlace | null; onChange(place: BusPlace | null): void }) {
  const offered = activeTownships(townships);
  const villages = offered.find((t) => t.name === place?.township)?.villages.map((v) => v.name) ?? [];
  return (
    <View className="list">
      <Text className="field__label">先选乡镇</Text>
      <ChoiceChips options={offered.map((t) => t.name)} labels={Object.fromEntries(offered.map((t) => [t.name, t.name]))} value={place?.township} onChange={(township) => onChange(township ? { township, village: null } : null)} wrap />
      {place && villages.length > 0 && (
        <>
          <Text className="field__label">再选村（社区）</Text>
          <ChoiceChips
            options={villages}
            labels={Object.fromEntries(villages.map((v) => [v, v]))}
            value={place.village ?? undefined}
            onChange={(village) => onChange({ township: place.township, village: village ?? null })}
            all="镇上"
            wrap
          />
        </>
      )}
    </View>
  );
}
