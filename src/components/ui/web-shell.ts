// Taro's H5 shell (page containers, tab bar, modal) comes without keyboard access or landmarks: make the
// scrolling page containers focusable, name the tab bar as navigation and the modal as a dialog, so
// screen readers can find them. Nothing on weapp.
const onWeb = (): boolean => process.env.TARO_ENV === 'h5' && typeof document !== 'undefined';

export function markWebShell(): void {
  if (!onWeb()) return;
  document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'));
  document.querySelectorAll('.taro-tabbar__tabbar:not([role])').forEach((el) => {
    el.setAttribute('role', 'navigation');
    el.setAttribute('aria-label', '底部导航');
  });
}

/** Call right after Taro.showModal, which puts its element in the document at once. */
export function markWebDialog(label: string): void {
  if (!onWeb()) return;
  const el = document.querySelector('.taro__modal');
  el?.setAttribute('role', 'dialog');
  el?.setAttribute('aria-modal', 'true');
  el?.setAttribute('aria-label', label);
}
