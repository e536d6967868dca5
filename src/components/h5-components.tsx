// What the app's own code gets for `@tarojs/components` in the H5 build (config/index.ts swaps it in for
// files under src/ only): Taro's HTML components, with what a browser's screen reader and keyboard need
// and they leave out, and lighter where the app needs less. View and Text are a plain div and span (Taro's
// View keeps touch-hover state in hooks and applies a new className one render late; the app uses no
// hover classes). A Button is a button (role, focus, Enter and Space), and so is any View given a pressable
// role and a tap handler (a link takes Enter); an Input and an Image take their accessible name as Taro's
// web components did (nativeProps, ariaLabel); a sideways ScrollView keeps the role, name and focus it is
// given. The rest are Taro's own. The weapp build never sees this file.
import { type ComponentProps, type KeyboardEvent, type MouseEventHandler, type ReactNode, forwardRef } from 'react';
import type { Button as TaroButton, Text as TaroText, View as TaroView } from '@tarojs/components';
import { Image as TaroImage, Input as TaroInput } from '@tarojs/components';

export * from '@tarojs/components';

type Loose<T> = T & Record<string, unknown>;

/** The class names given, without the empty ones, as one attribute. */
const classes = (...names: unknown[]): string => names.filter((n): n is string => typeof n === 'string' && n !== '').join(' ');

/** Enter presses anything pressable; Space presses all but links, as a browser's own controls do. */
function pressOnKey(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter' && (e.key !== ' ' || e.currentTarget.getAttribute('role') === 'link')) return;
  e.preventDefault();
  e.currentTarget.click();
}

const PRESSABLE_ROLES = new Set(['button', 'link', 'tab', 'switch', 'checkbox', 'radio', 'option', 'menuitem']);

export const View = forwardRef<HTMLDivElement, Loose<ComponentProps<typeof TaroView>>>(function View({ children, ...props }, ref) {
  const pressable = typeof props.role === 'string' && PRESSABLE_ROLES.has(props.role) && typeof props.onClick === 'function';
  return (
    <div ref={ref} {...((pressable ? { tabIndex: 0, onKeyDown: pressOnKey } : {}) as object)} {...(props as object)}>
      {children as ReactNode}
    </div>
  );
});

export const Text = forwardRef<HTMLSpanElement, Loose<ComponentProps<typeof TaroText>>>(function Text({ className, selectable, children, ...props }, ref) {
  return (
    <span ref={ref} className={classes('taro-text', selectable && 'taro-text__selectable', className)} {...(props as object)}>
      {children as ReactNode}
    </span>
  );
});

/**
 * Drawn by the app, not Taro: Taro's HTML button brings its own look (grey, black text, 15 px between
 * neighbours, a spinner image from another site) that outranks the app's .btn styles.
 */
export const Button = forwardRef<HTMLDivElement, Loose<ComponentProps<typeof TaroButton>>>(function Button(
  { className, disabled, loading, onClick, children, hoverClass: _hoverClass, ...props },
  ref,
) {
  return (
    <div
      ref={ref}
      className={classes('web-button', className)}
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled ? true : undefined}
      aria-busy={loading ? true : undefined}
      onClick={disabled ? undefined : (onClick as unknown as MouseEventHandler<HTMLDivElement>)}
      onKeyDown={pressOnKey}
      {...(props as object)}
    >
      {loading ? <span className="web-button__busy" aria-hidden="true" /> : null}
      {children as ReactNode}
    </div>
  );
});

export const Input = forwardRef<HTMLInputElement, Loose<ComponentProps<typeof TaroInput>>>(function Input({ nativeProps, ...props }, ref) {
  return <TaroInput {...(nativeProps as object)} {...props} ref={ref as never} />;
});

export function Image({ ariaLabel, ...props }: Loose<ComponentProps<typeof TaroImage>>) {
  return <TaroImage {...props} imgProps={{ alt: typeof ariaLabel === 'string' ? ariaLabel : '' }} />;
}

/** Only the sideways scrolling the app uses: Taro's HTML ScrollView drops role, names and focus. */
export function ScrollView({ scrollX, scrollY, className, children, ...props }: Loose<{ scrollX?: boolean; scrollY?: boolean; className?: string; children?: React.ReactNode }>) {
  return (
    <div className={classes('taro-scroll-view', scrollX && 'taro-scroll-view__scroll-x', scrollY && 'taro-scroll-view__scroll-y', className)} {...props}>
      {children as ReactNode}
    </div>
  );
}
