// Every WXML, WXS and WXSS file of the weapp build goes through WeChat's own compilers (wcc, wcsc),
// and a deliberately broken copy of the build fails with the file and line named.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGwx } from './support/load-gwx';
import { buildFiles, compileBuildWxml, compileBuildWxss } from './support/weapp-files';
import { WEAPP_DIR } from './support/weapp-paths';

describe('the weapp build through WeChat compilers', () => {
  it('compiles every WXML and WXS file with wcc', () => {
    const outcome = compileBuildWxml(WEAPP_DIR);
    expect(outcome.stderr).toBe('');
    expect(outcome.ok).toBe(true);
    const gwx = loadGwx(outcome.stdout, {});
    const wxml = buildFiles(WEAPP_DIR, '.wxml');
    expect(wxml.length).toBeGreaterThan(30);
    expect(wxml.filter((file) => typeof gwx(file) !== 'function')).toEqual([]);
    for (const wxs of buildFiles(WEAPP_DIR, '.wxs')) expect(outcome.stdout).toContain(`"p_${wxs}"`);
  });

  it('compiles every WXSS file with wcsc', () => {
    const outcome = compileBuildWxss(WEAPP_DIR);
    expect(outcome.stderr).toBe('');
    expect(outcome.ok).toBe(true);
    const files = buildFiles(WEAPP_DIR, '.wxss');
    expect(files).toContain('app.wxss');
    for (const file of files) expect(outcome.stdout).toContain(`${file}=`);
  });
});

describe('a broken copy of the build', () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'weapp-broken-'));
    cpSync(WEAPP_DIR, copy, { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  const edit = (file: string, change: (text: string) => string): void => {
    const path = join(copy, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  it('fails on an unclosed WXML tag, naming the file and line', () => {
    // The first template's closing </view> goes missing.
    edit('base.wxml', (text) => text.replace('</view>', ''));
    const outcome = compileBuildWxml(copy);
    expect(outcome.ok).toBe(false);
    expect(outcome.stderr).toMatch(/base\.wxml:\d+:\d+: expect end-tag `view`/);
  });

  it('fails on a broken WXML expression in a page', () => {
    edit('pages/index/index.wxml', (text) => `${text}\n<view>{{ root + }}</view>\n`);
    const outcome = compileBuildWxml(copy);
    expect(outcome.ok).toBe(false);
    expect(outcome.stderr).toMatch(/pages\/index\/index\.wxml:\d+:\d+/);
  });

  it('fails on a WXS syntax error', () => {
    edit('utils.wxs', (text) => `var broken = ;\n${text}`);
    const outcome = compileBuildWxml(copy);
    expect(outcome.ok).toBe(false);
    expect(outcome.stderr).toMatch(/utils\.wxs:1:\d+/);
  });

  it('fails on broken WXSS, naming the file and line', () => {
    const page = buildFiles(copy, '.wxss').find((f) => f !== 'app.wxss') as string;
    edit(page, (text) => `.broken { color: red;\n.other {}}}\n${text}`);
    const outcome = compileBuildWxss(copy);
    expect(outcome.ok).toBe(false);
    expect(outcome.stderr).toContain(`${page}(2:`);
  });

  it('fails on a selector WeChat does not support', () => {
    edit('app.wxss', (text) => `${text}\n* { margin: 0 }\n`);
    const outcome = compileBuildWxss(copy);
    expect(outcome.ok).toBe(false);
    expect(outcome.stderr).toMatch(/app\.wxss\(\d+:1\): unexpected token `\*`/);
  });
});
