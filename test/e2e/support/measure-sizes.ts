// Measures, inside the page, every visible text and every visible control against a minimum size given
// in the 750-wide design unit (rpx), so the figures hold at any phone width.
import type { Page } from 'playwright-core';

export interface SizeLimits {
  /** Smallest allowed font size, in rpx (36 = 18 px on a 375-wide phone). */
  textRpx: number;
  /** Smallest allowed side of a tap target, in rpx (120 = 60 px on a 375-wide phone). */
  targetRpx: number;
  /** Smallest allowed line height as a multiple of the font size. */
  line: number;
}

export interface SizeFinding {
  what: string;
  /** In px-equivalent on a 375-wide phone. */
  size: number;
}

export interface SizeReport {
  smallestText: SizeFinding | null;
  smallestTarget: SizeFinding | null;
  tightestLine: SizeFinding | null;
  tooSmallText: SizeFinding[];
  tooSmallTargets: SizeFinding[];
  tightLines: SizeFinding[];
}

/** What a person can tap: buttons, links, text boxes, chips, tabs, switches, Taro's tab bar items. */
const INTERACTIVE = [
  '.web-button',
  'a[href]',
  'input:not([type=hidden])',
  'textarea',
  'select',
  '[role=button]',
  '[role=link]',
  '[role=tab]',
  '[role=switch]',
  '[role=checkbox]',
  '[role=radio]',
  'taro-checkbox-core',
  'taro-radio-core',
  'taro-switch-core',
  '.weui-tabbar__item',
].join(',');

export function measureSizes(page: Page, limits: SizeLimits): Promise<SizeReport> {
  return page.evaluate(
    ({ limits, selector }) => {
      // px-equivalent on a 375-wide phone, where 1 rpx is half a px.
      const toEq = (cssPx: number): number => Math.round(((cssPx * 375) / window.innerWidth) * 10) / 10;
      const minText = (limits.textRpx / 2) - 0.05;
      const minTarget = (limits.targetRpx / 2) - 0.05;
      const shown = (el: Element): boolean => {
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const name = (el: Element, text?: string): string => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const label = (text ?? el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
        return `${el.tagName.toLowerCase()}${cls} "${label}"`;
      };
      const texts: { what: string; size: number }[] = [];
      const lines: { what: string; size: number }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !shown(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (range.getClientRects().length === 0) continue;
        const style = getComputedStyle(el);
        const fontSize = parseFloat(style.fontSize);
        texts.push({ what: name(el, text), size: toEq(fontSize) });
        // 'normal' is about 1.2 in the app's fonts; only text that wraps onto several lines needs the spacing.
        const lineHeight = style.lineHeight === 'normal' ? 1.2 * fontSize : parseFloat(style.lineHeight);
        if (range.getClientRects().length > 1 || range.getBoundingClientRect().height > 1.9 * fontSize) {
          lines.push({ what: name(el, text), size: Math.round((lineHeight / fontSize) * 100) / 100 });
        }
      }
      // Typed text: the font of the text boxes themselves.
      for (const box of Array.from(document.querySelectorAll('input:not([type=hidden]), textarea'))) {
        if (shown(box)) texts.push({ what: name(box, '(typed text)'), size: toEq(parseFloat(getComputedStyle(box).fontSize)) });
      }
      const targets: { what: string; size: number }[] = [];
      for (const control of Array.from(document.querySelectorAll(selector))) {
        if (!shown(control) || control.closest('[aria-hidden=true]')) continue;
        // A control inside a label (Taro's, not the checkbox's own inner one) is tapped through the whole label.
        const el = control.closest('taro-label-core') ?? control;
        const r = el.getBoundingClientRect();
        targets.push({ what: name(el), size: toEq(Math.min(r.width, r.height)) });
      }
      const smallest = (list: { what: string; size: number }[]) => list.reduce<(typeof list)[number] | null>((min, f) => (!min || f.size < min.size ? f : min), null);
      return {
        smallestText: smallest(texts),
        smallestTarget: smallest(targets),
        tightestLine: smallest(lines),
        tooSmallText: texts.filter((t) => t.size < minText),
        tooSmallTargets: targets.filter((t) => t.size < minTarget),
        tightLines: lines.filter((l) => l.size < limits.line - 0.005),
      };
    },
    { limits, selector: INTERACTIVE },
  );
}
