import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { useEffect, useState } from 'react';

/** The tab bar's pages (app.config.ts): always reachable from the tab bar. */
const TAB_PAGES = ['pages/index/index', 'pages/mine/index'];

/** Opened first, from a share or a reminder, on a page that is not a tab: nothing to go back to. */
export function openedCold(): boolean {
  let pages: { route?: string }[] = [];
  try {
    pages = Taro.getCurrentPages?.() ?? [];
  } catch {
    return false; // no page stack to ask (a test harness): say nothing
  }
  const route = (pages[0]?.route ?? '').replace(/^\//, '').split('?')[0] ?? '';
  // An empty route is the H5 site's root, which shows 首页.
  return pages.length === 1 && route !== '' && !TAB_PAGES.includes(route);
}

/** 返回首页, on a page someone opened cold from a shared link. */
export function HomeButton() {
  const [cold, setCold] = useState(false);
  useEffect(() => setCold(openedCold()), []);
  if (!cold) return null;
  return (
    <Button className="btn btn--small" onClick={() => void Taro.switchTab({ url: '/pages/index/index' })}>
      返回首页
    </Button>
  );
}
