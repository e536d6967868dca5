import { Button, Text, View } from '@tarojs/components';
import type { Material } from '#types/models/service';
import { useChecklistStore } from '../stores/checklist-store';

/** 材料清单 the person ticks as they gather; kept on the phone until they clear it. */
export function MaterialChecklist({ serviceId, materials }: { serviceId: string; materials: Material[] }) {
  const ticked = useChecklistStore((s) => s.ticked[serviceId]) ?? [];
  const toggle = useChecklistStore((s) => s.toggle);
  const clear = useChecklistStore((s) => s.clear);
  if (!materials.length) return <Text className="row__hint">不需要准备材料</Text>;
  const ready = materials.filter((m) => ticked.includes(m.name)).length;
  return (
    <View className="list">
      <View role="status">
        <Text className="row__hint">
          已备齐 {ready}/{materials.length} 项（勾选会保存在手机上）
        </Text>
      </View>
      {materials.map((m) => {
        const on = ticked.includes(m.name);
        return (
          <Button key={m.name} className={on ? 'btn check check--on' : 'btn check'} aria-pressed={on} onClick={() => toggle(serviceId, m.name)}>
            {on ? '☑' : '☐'} {m.name}
            {m.required ? '' : '（选填）'}
            {m.note ? ` · ${m.note}` : ''}
          </Button>
        );
      })}
      {ticked.length > 0 && (
        <Button className="btn btn--small" onClick={() => clear(serviceId)}>
          清空勾选
        </Button>
      )}
    </View>
  );
}
