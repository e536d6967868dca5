import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { HomeButton } from './home-button';

/** A page's root: applies the design tokens, and the larger elder-mode tokens when asked; 返回首页 when opened cold. */
export function Page({ elder, children }: { elder: boolean; children: ReactNode }) {
  return (
    <View className={elder ? 'page page--elder' : 'page'}>
      <HomeButton />
      {children}
    </View>
  );
}
