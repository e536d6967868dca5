// The render layer's browser and libraries. A jsdom window's document, events and touches become this
// test file's globals first, then exparser, j-component and miniprogram-simulate load (exparser reads
// `document` as it loads; simulate registers the built-in tags view, text, button, input… as plain slot
// components). Node's own Event and CustomEvent are replaced too: an event from Node's realm cannot be
// dispatched on a jsdom node. Import these libraries only from here.
import { JSDOM } from 'jsdom';

export interface RootComponent {
  dom: HTMLElement;
  instance: Record<string, unknown>;
  attach(parent: HTMLElement): void;
  detach(): void;
}

function installRenderGlobals(): void {
  const globals = global as unknown as Record<string, unknown>;
  if (globals.document) return;
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  globals.window = window;
  for (const name of ['document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'TouchEvent', 'MouseEvent', 'getComputedStyle']) {
    globals[name] = (window as unknown as Record<string, unknown>)[name];
  }
}

installRenderGlobals();

/* eslint-disable @typescript-eslint/no-require-imports */
export const simulate = require('miniprogram-simulate') as {
  load(definition: object): string;
  render(id: string, properties?: object): RootComponent;
};

export const exparser = require('miniprogram-exparser') as {
  Event: { create(name: string, detail: object, options: object): unknown; dispatchEvent(target: unknown, event: unknown): void };
};
/* eslint-enable @typescript-eslint/no-require-imports */
