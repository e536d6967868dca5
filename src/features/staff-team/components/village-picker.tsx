import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { activeTownships } from '#types/api/places';
import { areaOf } from '#types/models/place';
import { LIAISON_VILLAGES_MAX } from '#types/models/staff';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { usePlaces } from '@/features/places';

const chip = (on: boolean): string => (on ? 'btn btn--small btn--primary' : 'btn btn--small');

/** 负责的村: a village liaison's villages, picked township first from the county's list. */
export function VillagePicker({ villages, onChange }: { villages: string[]; onChange(villages: string[]): void }) {
  const places = usePlaces();
  const [town, setTown] = useState<string | undefined>(undefined);
  if (!places.townships) return <Text className="row__hint">{places.error ?? '正在读取乡镇村名单…'}</Text>;
  const offered = activeTownships(places.townships);
  const toggle = (area: string): void => onChange(villages.includes(area) ? villages.filter((v) => v !== area) : villages.length < LIAISON_VILLAGES_MAX ? [...villages, area] : villages);
  return (
    <View className="field">
      <Text className="field__label">负责的村（村级信息员，先选乡镇再点村名）</Text>
      <ChoiceChips options={offered.map((t) => t.name)} labels={Object.fromEntries(offered.map((t) => [t.name, t.name]))} value={town} onChange={setTown} wrap />
      {town && (
        <View className="chips chips--wrap" role="group" aria-label={`${town}的村`}>
          {(offered.find((t) => t.name === town)?.villages ?? []).filter((v) => !v.retired).map((v) => {
            const area = areaOf(town, v.name);
            return (
              <Button key={area} className={chip(villages.includes(area))} aria-pressed={villages.includes(area)} onClick={() => toggle(area)}>
                {villages.includes(area) ? '✓ ' : ''}
                {v.name}
              </Button>
            );
          })}
        </View>
      )}
      <Text className="row__hint">{villages.length ? `已选：${villages.map((v) => v.replace('/', '')).join('、')}` : '还没有选村'}</Text>
    </View>
  );
}
