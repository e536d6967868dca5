import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** A page's root: applies the design tokens, and the larger elder-mode tokens when asked. */
export function Page({ elder, children }: { elder: boolean; children: ReactNode }) {
  return <View className={elder ? 'page page--elder' : 'page'}>{children}</View>;
}
