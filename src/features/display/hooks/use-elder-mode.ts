// Whether to show the large-text elder mode: the person's own choice, else WeChat's care mode
// (a large system font size) turns it on by itself.
import Taro from '@tarojs/taro';
import { useDisplayStore } from '../stores/display-store';

/** WeChat's default font size is 16; care mode and large-font settings raise it. */
const LARGE_SYSTEM_FONT = 20;

/**
 * WeChat's font-size setting: getAppBaseInfo where the base library has it, else getSystemInfoSync.
 * A browser has no such setting: the H5 build drops these calls at compile time, and with them Taro's
 * system-info code (a user-agent parser) that would otherwise load with the first page.
 */
function systemFontSize(): number {
  if (process.env.TARO_ENV !== 'h5') {
    // Taro's typings omit fontSizeSetting, which WeChat's getAppBaseInfo and getSystemInfoSync do return.
    type WithFontSize = { fontSizeSetting?: number } | undefined;
    const base = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : undefined) as WithFontSize;
    if (base?.fontSizeSetting !== undefined) return Number(base.fontSizeSetting);
    const system = (typeof Taro.getSystemInfoSync === 'function' ? Taro.getSystemInfoSync() : undefined) as WithFontSize;
    return Number(system?.fontSizeSetting ?? 0);
  }
  return 0;
}

function systemPrefersLargeText(): boolean {
  try {
    return systemFontSize() >= LARGE_SYSTEM_FONT;
  } catch {
    return false;
  }
}

export function useElderMode(): boolean {
  const choice = useDisplayStore((s) => s.elderChoice);
  return choice ?? systemPrefersLargeText();
}
