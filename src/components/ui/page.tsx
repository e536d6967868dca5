import { View } from '@tarojs/components';
import { HomeButton } from './home-button';
import { type ReactNode, useEffect } from 'react';

/** On H5: marks the document root in elder mode (Taro's own tab bar and pop-ups live outside the page),
 * and lets keyboard users focus Taro's scrolling page containers to scroll them. */
function useWebPageShell(elder: boolean): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
    document.documentElement.classList.toggle('elder', elder);
    document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
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
