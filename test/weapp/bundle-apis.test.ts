// What the weapp bundle expects of the phone. WeChat's logic layer has no window, document, URL, fetch
// or localStorage: every free identifier in the bundle is a JavaScript built-in, a WeChat global, or a
// browser name used only behind a guard, or it is counted below with the reason it never runs on WeChat.
// And the privacy-relevant wx APIs it calls are pinned: adding one (location, contacts, album…) means
// updating this list and the privacy notice together.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { type BundleScan, type FreeReference, scanBundle } from './support/bundle-scan';
import { WEAPP_DIR } from './support/weapp-paths';

// Everything a fresh JavaScript realm has: Object, Promise, JSON, globalThis, decodeURIComponent, …
const ECMASCRIPT = new Set(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);

// What WeChat's logic layer gives every file (require, module and exports come with each file's wrapper).
const WECHAT_GLOBALS = new Set(['wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']);

/**
 * Unguarded uses of names WeChat does not define, counted, each with why it cannot run there. A new
 * use changes the count and fails the test: guard it, or add it here with its reason.
 */
const UNREACHABLE_ON_WECHAT: Record<string, { uses: number; why: string }> = {
  fetch: {
    uses: 5,
    why: 'The browser branches of src/lib/upload-file.ts (after `if (TARO_ENV === "weapp") return …`, kept as dead regenerator cases; two uses, in each of the more/ and staff/ subpackages that upload) and src/features/session/api/dev-persona-api.ts (called only when TARO_ENV is "h5").',
  },
  tt: { uses: 7, why: "Taro's ByteDance DOM (createTTDomDocument and friends), reached only when TARO_ENV is 'tt'." },
  localStorage: {
    uses: 1,
    why: "zustand's default persist storage `() => localStorage`, which zustand calls inside a try block; the app's stores pass Taro's wx storage instead.",
  },
};

// Privacy-relevant WeChat APIs (the privacy guide's list, plus subscribe messages and uploads).
const PRIVACY_APIS = [
  'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange',
  'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle', 'getWeRunData', 'getUserProfile', 'getUserInfo',
  'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'getClipboardData', 'setClipboardData', 'makePhoneCall', 'addPhoneContact', 'addPhoneCalendar', 'addPhoneRepeatCalendar',
  'startRecord', 'getRecorderManager', 'createCameraContext', 'openBluetoothAdapter', 'createBLEConnection', 'startWifi', 'connectWifi',
  'scanCode', 'authorize', 'requestSubscribeMessage', 'uploadFile',
];

/** What the app does with them today (a photo for a question, a file for an application or a budget CSV, a poster saved to the album, …). */
const PRIVACY_APIS_USED = ['chooseImage', 'chooseMessageFile', 'makePhoneCall', 'requestSubscribeMessage', 'saveImageToPhotosAlbum', 'setClipboardData', 'uploadFile'];

let scan: BundleScan;
beforeAll(() => {
  scan = scanBundle(WEAPP_DIR);
}, 60_000);

const where = (refs: FreeReference[]): string[] => refs.map((r) => `${r.name} at ${r.file}:${r.line}`);

describe('free identifiers in the weapp bundle', () => {
  it('are found at all (the scan reads the bundle)', () => {
    const names = new Set(scan.free.map((r) => r.name));
    for (const name of ['wx', 'Page', 'Object']) expect(names).toContain(name);
  });

  it('are built-ins, WeChat globals, guarded uses, or counted uses that cannot run on WeChat', () => {
    const foreign = scan.free.filter((r) => !ECMASCRIPT.has(r.name) && !WECHAT_GLOBALS.has(r.name));
    const unguarded = foreign.filter((r) => r.guard === null);
    const counts: Record<string, number> = {};
    for (const r of unguarded) counts[r.name] = (counts[r.name] ?? 0) + 1;
    const expected = Object.fromEntries(Object.entries(UNREACHABLE_ON_WECHAT).map(([name, { uses }]) => [name, uses]));
    // On a mismatch, the unexpected uses are listed with file and line.
    const unexpected = unguarded.filter((r) => counts[r.name] !== expected[r.name]);
    expect(where(unexpected)).toEqual([]);
    expect(counts).toEqual(expected);
  });

  it('never touch document, URL, XMLHttpRequest or sessionStorage, even behind a guard', () => {
    const browserOnly = new Set(['document', 'URL', 'XMLHttpRequest', 'sessionStorage', 'navigator', 'location', 'history', 'alert']);
    expect(where(scan.free.filter((r) => browserOnly.has(r.name)))).toEqual([]);
  });

  it('touch window only behind a typeof test', () => {
    expect(where(scan.free.filter((r) => r.name === 'window' && r.guard !== 'typeof'))).toEqual([]);
  });
});

describe('privacy-relevant wx APIs', () => {
  it('are exactly the pinned list (update it with the privacy notice when adding one)', () => {
    const used = PRIVACY_APIS.filter((api) => scan.properties.has(api)).sort();
    expect(used).toEqual([...PRIVACY_APIS_USED].sort());
  });
});

describe('the scan itself', () => {
  it('flags an unguarded browser global and a new privacy API in a page, and accepts guarded uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weapp-scan-'));
    try {
      writeFileSync(
        join(dir, 'page.js'),
        [
          'var saved = localStorage.getItem("k");',
          'if (typeof window !== "undefined") window.x = 1;',
          'var now = typeof performance === "object" && performance.now();',
          'try { fetch("/a"); } catch (e) {}',
          'wx.getLocation({ type: "gcj02" });',
          'Page({ data: { saved: saved, now: now } });',
        ].join('\n'),
      );
      const { free, properties } = scanBundle(dir);
      const guards = Object.fromEntries(free.filter((r) => !ECMASCRIPT.has(r.name)).map((r) => [`${r.name}:${r.line}`, r.guard]));
      expect(guards).toEqual({ 'localStorage:1': null, 'window:2': 'typeof', 'performance:3': 'typeof', 'fetch:4': 'try', 'wx:5': null, 'Page:6': null });
      expect(properties.has('getLocation')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
