// One rendered page of the simulated client: its text, taps and input on what exparser rendered, its
// share card, and what crossed setData.
import { type RootComponent, exparser } from './render-layer';

export interface SetDataRecord {
  /** Size of the JSON WeChat would carry to the render layer. */
  bytes: number;
  /** Milliseconds after the page was opened. */
  atMs: number;
}

interface WxElement {
  __wxElement?: { _vt?: { attrs?: { name: string; value: unknown }[] } };
}

/** A WXML attribute as the page's template set it (built-in components keep them off the jsdom node). */
export function wxmlAttribute(element: Element, name: string): unknown {
  return (element as WxElement).__wxElement?._vt?.attrs?.find((a) => a.name === name)?.value;
}

const FIELD_TAGS = new Set(['WX-INPUT', 'WX-TEXTAREA']);

const DEFAULT_WAIT_MS = 10_000;

export class PageView {
  private readonly parent: HTMLElement;

  constructor(
    readonly route: string,
    readonly query: Record<string, string>,
    private readonly root: RootComponent,
    readonly setData: SetDataRecord[],
    private readonly client: { idle(): Promise<void>; problems(): string[] },
  ) {
    this.parent = document.createElement('div');
    this.parent.setAttribute('data-route', route);
  }

  /** The page instance the logic layer sees (getCurrentPages()). */
  get instance(): Record<string, unknown> {
    return this.root.instance;
  }

  get dom(): HTMLElement {
    return this.root.dom;
  }

  attach(): void {
    document.body.appendChild(this.parent);
    this.root.attach(this.parent);
  }

  hide(): void {
    (this.instance.onHide as (() => void) | undefined)?.call(this.instance);
    this.parent.hidden = true;
  }

  show(): void {
    this.parent.hidden = false;
    (this.instance.onShow as (() => void) | undefined)?.call(this.instance);
  }

  unload(): void {
    (this.instance.onUnload as (() => void) | undefined)?.call(this.instance);
    this.root.detach();
    this.parent.remove();
  }

  text(): string {
    return (this.dom.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Rendered WXML nodes (elements, not text), as the WeChat render layer would hold them. */
  nodeCount(): number {
    return this.dom.querySelectorAll('*').length;
  }

  async waitForText(text: string | RegExp, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    const matches = (): boolean => (typeof text === 'string' ? this.text().includes(text) : text.test(this.text()));
    for (let waited = 0; !matches(); waited += 20) {
      // A page that already failed (a render warning, an error in its code) is not waited for.
      const problems = this.client.problems();
      if (waited >= timeoutMs || problems.length) {
        throw new Error(`${this.route}: "${String(text)}" did not appear; the page shows: ${this.text().slice(0, 800)}${problems.length ? `\nproblems:\n${problems.join('\n')}` : ''}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The innermost rendered elements whose text contains `text`. */
  elementsWithText(text: string | RegExp): HTMLElement[] {
    const has = (el: Element): boolean => {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ');
      return typeof text === 'string' ? t.includes(text) : text.test(t);
    };
    return [...this.dom.querySelectorAll<HTMLElement>('*')].filter((el) => has(el) && ![...el.children].some(has));
  }

  /**
   * A tap on the element showing `text` (it bubbles to the nearest bound handler, as a finger's does).
   * A disabled button takes no tap in WeChat, so tapping one is an error here.
   */
  async tap(text: string | RegExp, index = 0): Promise<void> {
    await this.waitForText(text);
    const target = this.elementsWithText(text)[index];
    if (!target) throw new Error(`${this.route}: nothing shows "${String(text)}" (match ${index})`);
    const button = target.closest('wx-button');
    if (button && wxmlAttribute(button, 'disabled') === true) throw new Error(`${this.route}: the button "${String(text)}" is disabled`);
    this.dispatch(target, 'tap', { x: 0, y: 0 });
    await this.client.idle();
  }

  /** Text fields (input, textarea) in page order. */
  fields(): HTMLElement[] {
    return [...this.dom.querySelectorAll<HTMLElement>('*')].filter((el) => FIELD_TAGS.has(el.tagName));
  }

  /** The field with this placeholder, or the n-th field. */
  field(which: string | number): HTMLElement {
    const fields = this.fields();
    const found = typeof which === 'number' ? fields[which] : fields.find((f) => wxmlAttribute(f, 'placeholder') === which);
    if (!found) throw new Error(`${this.route}: no field ${JSON.stringify(which)}; placeholders: ${fields.map((f) => String(wxmlAttribute(f, 'placeholder'))).join(' / ')}`);
    return found;
  }

  /** Typing: WeChat sends the field's whole new value with each input event. */
  async type(which: string | number, value: string): Promise<void> {
    this.dispatch(this.field(which), 'input', { value, cursor: value.length, keyCode: 0 });
    await this.client.idle();
  }

  /** The keyboard's confirm key (搜索 / 完成). */
  async confirm(which: string | number): Promise<void> {
    const field = this.field(which);
    this.dispatch(field, 'confirm', { value: wxmlAttribute(field, 'value') ?? '' });
    await this.client.idle();
  }

  dispatch(target: Element, name: string, detail: object): void {
    const node = (target as WxElement).__wxElement;
    if (!node) throw new Error(`${this.route}: the element is not part of the rendered tree`);
    exparser.Event.dispatchEvent(
      node,
      exparser.Event.create(name, detail, { bubbles: true, capturePhase: true, composed: true, extraFields: { touches: [], changedTouches: [] } }),
    );
  }

  /** What the share button would send: the page's onShareAppMessage result. */
  share(): { title?: string; path?: string; imageUrl?: string } | undefined {
    const onShare = this.instance.onShareAppMessage as ((o: object) => unknown) | undefined;
    return onShare?.call(this.instance, { from: 'menu' }) as { title?: string; path?: string } | undefined;
  }
}
