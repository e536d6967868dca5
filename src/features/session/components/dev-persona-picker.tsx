import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { type DevPersonas, fetchDevPersonas, switchDevPersona } from '../api/dev-persona-api';

/** Browser-only, local-only: pick who you are (citizen, editor, reviewer, admin) to try each role. */
export function DevPersonaPicker({ onSwitched }: { onSwitched(): void }) {
  const [state, setState] = useState<DevPersonas | null>(null);
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') void fetchDevPersonas().then(setState);
  }, []);
  if (!state) return null;
  const choose = (key: string): void => {
    void switchDevPersona(key).then((next) => {
      setState(next);
      onSwitched();
    });
  };
  return (
    <View className="section" aria-label="本地调试身份">
      <Text className="section__title">本地调试：切换身份</Text>
      <View className="choices">
        {state.personas.map((p) => (
          <Button
            key={p.key}
            className={p.key === state.current ? 'btn btn--small btn--primary' : 'btn btn--small'}
            aria-pressed={p.key === state.current}
            onClick={() => choose(p.key)}
          >
            {p.label}
          </Button>
        ))}
      </View>
    </View>
  );
}
