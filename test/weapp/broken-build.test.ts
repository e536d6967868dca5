// The simulated client fails on a broken weapp build: a copy with a template gone from base.wxml (what
// WeChat reports as WXMLRT "Template … not found") and a subpackage chunk missing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { MiniProgram } from './support/mini-program';
import { WEAPP_DIR } from './support/weapp-paths';

let copy: string;
let cloud: ProductCloud;
let mp: MiniProgram;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'weapp-broken-'));
  cpSync(WEAPP_DIR, copy, { recursive: true });
  // The template for plain text nodes goes missing.
  const base = join(copy, 'base.wxml');
  writeFileSync(base, readFileSync(base, 'utf8').replace('<template name="tmpl_0_9">', '<template name="tmpl_0_9_gone">'));
  // And the staff subpackage loses the shared chunk its content page needs.
  const chunk = /require\("\.\.\/sub-common\/([^"]+)"\)/.exec(readFileSync(join(copy, 'staff', 'content', 'index.js'), 'utf8'))?.[1];
  if (!chunk) throw new Error('staff/content/index.js requires no shared chunk: pick another page for this test');
  rmSync(join(copy, 'staff', 'sub-common', chunk));
  cloud = await startProductCloud();
  mp = MiniProgram.launch({ cloud, root: copy });
}, 60_000);
afterAll(async () => {
  mp?.close();
  await cloud?.emulator.stop();
  rmSync(copy, { recursive: true, force: true });
});

it('reports the missing template and shows no text', async () => {
  const page = await mp.open('/pages/mine/index');
  await expect(page.waitForText('长辈模式', 2000)).rejects.toThrow(/Template `tmpl_0_9` not found/);
  expect(mp.takeProblems().join('\n')).toMatch(/WXMLRT_\$gwx:base\.wxml:template:\d+:\d+: Template `tmpl_0_9` not found/);
});

it('cannot open a page whose chunk is missing', async () => {
  await expect(mp.open('/staff/content/index')).rejects.toThrow(/ENOENT.*staff\/sub-common/);
});
