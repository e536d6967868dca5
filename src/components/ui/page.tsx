import { View } from '@tarojs/components';
import { HomeButton } from './home-button';
import { type ReactNode, useEffect } from 'react';
import { markWebShell } from './web-shell';

/** On H5: marks the document root in elder mode (Taro's own tab bar and pop-ups live outside the page),
 * and gives Taro's shell its keyboard access and landmarks. */
function useWebPageShell(elder: boolean): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
    document.documentElement.classList.toggle('elder', elder);
    markWebShell();
  }, [elder]);
}

/** A page's root and main landmark: applies the design tokens, and the larger elder-mode tokens when asked. */
export function Page({ elder, children }: { elder: boolean; children: ReactNode }) {
  useWebPageShell(elder);
  return (
    <View className={elder ? 'page page--elder' : 'page'} role="main">
      <HomeButton />
      {children}
    </View>
  );
}
