// Whether to show the large-text elder mode: the person's own choice, else WeChat's care mode
// (a large system font size) turns it on by itself.
import Taro from '@tarojs/taro';
import { useDisplayStore } from '../stores/display-store';

/** WeChat's default font size is 16; care mode and large-font settings raise it. */
const LARGE_SYSTEM_FONT = 20;

function systemPrefersLargeText(): boolean {
  try {
    // Taro's typings omit fontSizeSetting, which WeChat's getAppBaseInfo does return.
    const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : undefined) as
      | { fontSizeSetting?: number }
      | undefined;
    return Number(info?.fontSizeSetting ?? 0) >= LARGE_SYSTEM_FONT;
  } catch {
    return false;
  }
}

export function useElderMode(): boolean {
  const choice = useDisplayStore((s) => s.elderChoice);
  return choice ?? systemPrefersLargeText();
}
