// Small stand-ins for Taro's base components, rendering the HTML elements they become on H5.
import type { ReactNode } from 'react';

type Props = { children?: ReactNode; className?: string; onClick?: () => void; [key: string]: unknown };

/** Keeps the accessibility attributes (role, aria-*) that Taro passes through to the DOM. */
function a11y(props: Props): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => key === 'role' || key.startsWith('aria-')));
}

export const View = (props: Props) => (
  <div className={props.className} onClick={props.onClick} {...a11y(props)}>
    {props.children}
  </div>
);
export const Text = ({ children, className }: Props) => <span className={className}>{children}</span>;
export const ScrollView = (props: Props) => (
  <div className={props.className} {...a11y(props)}>
    {props.children}
  </div>
);
export const Button = ({ children, className, onClick, disabled }: Props) => (
  <button type="button" className={className} onClick={onClick} disabled={Boolean(disabled)}>
    {children}
  </button>
);
export const Switch = ({ checked, onChange }: Props) => (
  <input type="checkbox" checked={Boolean(checked)} onChange={(e) => (onChange as (ev: { detail: { value: boolean } }) => void)?.({ detail: { value: e.target.checked } })} />
);
export const Image = ({ src, className, ariaLabel, onClick }: Props) => <img src={String(src)} className={className} alt={String(ariaLabel ?? '')} onClick={onClick} />;
type InputEvent = { detail: { value: string } };
const typed = (props: Props) => (e: { target: { value: string } }) => (props.onInput as ((ev: InputEvent) => void) | undefined)?.({ detail: { value: e.target.value } });
export const Input = (props: Props) => <input className={props.className} value={String(props.value ?? '')} placeholder={props.placeholder as string | undefined} onChange={typed(props)} {...a11y(props)} />;
/** `autoHeight` shows as data-auto-height: the box grows with its text instead of scrolling it away. */
export const Textarea = (props: Props) => (
  <textarea className={props.className} value={String(props.value ?? '')} placeholder={props.placeholder as string | undefined} data-auto-height={props.autoHeight ? 'true' : undefined} onChange={typed(props)} {...a11y(props)} />
);
