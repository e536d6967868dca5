import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { activeTownships, type TownshipView } from '#types/api/places';
import { areaOf, NOTICE_AREAS_MAX } from '#types/models/place';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { areaName, isRetiredArea, toggleArea } from '../area-choice';

const chip = (on: boolean): string => (on ? 'btn btn--small btn--primary' : 'btn btn--small');

interface Props {
  /** The whole list (retired places too, to name the ones a person chose before). */
  townships: readonly TownshipView[];
  areas: readonly string[];
  onChange(areas: string[]): void;
  /** Says why a choice was not taken. */
  say(text: string): void;
}

/** 关心哪里: the whole county, whole townships, or villages picked township first, all from the county's list. */
export function AreaPicker({ townships, areas, onChange, say }: Props) {
  const offered = activeTownships(townships);
  const [town, setTown] = useState<string | undefined>(undefined);
  const villages = offered.find((t) => t.name === town)?.villages ?? [];
  const change = (area: string): void => {
    if (!areas.includes(area) && areas.length >= NOTICE_AREAS_MAX) return say(`最多选 ${NOTICE_AREAS_MAX} 处，请先去掉一处`);
    onChange(toggleArea(areas, area));
  };
  // Chosen before and since merged away (已撤并): shown so the person can see and drop them.
  const retired = areas.filter((a) => isRetiredArea(townships, a));

  return (
    <View className="list">
      <Text className="field__label">整个乡镇（点一下选上或去掉）</Text>
      <View className="chips chips--wrap" role="group" aria-label="整个乡镇">
        <Button className={chip(areas.length === 0)} aria-pressed={areas.length === 0} onClick={() => onChange([])}>
          全县
        </Button>
        {offered.map((t) => (
          <Button key={t.id} className={chip(areas.includes(t.name))} aria-pressed={areas.includes(t.name)} onClick={() => change(t.name)}>
            {t.name}
          </Button>
        ))}
      </View>
      <Text className="field__label">只关心某个村？先选乡镇，再点村名</Text>
      <ChoiceChips options={offered.map((t) => t.name)} labels={Object.fromEntries(offered.map((t) => [t.name, t.name]))} value={town} onChange={setTown} wrap />
      {town && (
        <View className="chips chips--wrap" role="group" aria-label={`${town}的村`}>
          {villages.map((v) => {
            const area = areaOf(town, v.name);
            return (
              <Button key={v.name} className={chip(areas.includes(area))} aria-pressed={areas.includes(area)} onClick={() => change(area)}>
                {areas.includes(area) ? '✓ ' : ''}
                {v.name}
              </Button>
            );
          })}
          {villages.length === 0 && <Text className="row__hint">名单里还没有这个乡镇的村</Text>}
        </View>
      )}
      {areas.length > 0 && <Text className="row__hint">已选：{areas.map(areaName).join('、')}</Text>}
      {retired.map((area) => (
        <View key={area} className="card" role="note">
          <Text className="card__summary">“{areaName(area)}”已撤并，请改选现在的村或乡镇。</Text>
          <Button className="btn btn--small" onClick={() => onChange(areas.filter((a) => a !== area))}>
            去掉{areaName(area)}
          </Button>
        </View>
      ))}
    </View>
  );
}
