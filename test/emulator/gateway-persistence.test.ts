import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator';
import { FIXTURE_FUNCTIONS, startLocalCloud } from '../support/local-cloud';

describe('the store keeps data across a restart', () => {
  it('reads back what an earlier run wrote to its SQLite file', async () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'emu-db-')), 'cloud.sqlite');
    const first = await startLocalCloud({ dbFile, collections: ['items'] });
    await first.cloud.database().collection('items').add({ data: { _id: 'kept', at: new Date(5), title: '保留' } });
    await first.emulator.stop();
    const second = await startLocalCloud({ dbFile });
    const { data } = await second.cloud.database().collection('items').doc('kept').get();
    expect(data).toEqual({ _id: 'kept', at: new Date(5), title: '保留' });
    await second.emulator.stop();
  });
});

describe('the browser gateway', () => {
  const h5 = mkdtempSync(join(tmpdir(), 'h5-'));
  mkdirSync(join(h5, 'js'));
  writeFileSync(join(h5, 'index.html'), '<title>app</title>');
  writeFileSync(join(h5, 'js', 'app.js'), 'console.log(1)');

  const post = (url: string, body: unknown, cookie?: string): Promise<Response> =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });

  it('calls a function as the signed-in persona; without one, as nobody', async () => {
    const emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, staticDir: h5 });
    try {
      const byDefault = (await (await post(`${emulator.url}/api/probe`, { op: 'context' })).json()) as { context: { OPENID?: string } };
      expect(byDefault.context.OPENID).toBeUndefined();
      const unknown = (await (await post(`${emulator.url}/api/probe`, { op: 'context' }, 'persona=nobody')).json()) as { context: { OPENID?: string } };
      expect(unknown.context.OPENID).toBeUndefined();
      expect(((await (await post(`${emulator.url}/api/_dev`, {})).json()) as { current: string }).current).toBe('anonymous');

      const signIn = await post(`${emulator.url}/api/_dev`, { persona: 'reviewer' });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(((await signIn.json()) as { current: string }).current).toBe('reviewer');
      const asReviewer = (await (await post(`${emulator.url}/api/probe`, { op: 'context' }, cookie)).json()) as { context: { OPENID: string } };
      expect(asReviewer.context.OPENID).toBe('o-local-reviewer');

      const echoed = (await (await post(`${emulator.url}/api/probe`, { op: 'echo' }, 'persona=anonymous')).json()) as { event: { userInfo: { openId?: string } } };
      expect(echoed.event.userInfo.openId).toBeUndefined();
    } finally {
      await emulator.stop();
    }
  });

  it('answers bad calls with an error, not a crash', async () => {
    const emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, staticDir: h5 });
    try {
      expect((await post(`${emulator.url}/api/nope`, {})).status).toBe(404);
      const notJson = await fetch(`${emulator.url}/api/probe`, { method: 'POST', body: '{oops' });
      expect(notJson.status).toBe(400);
      const thrown = await post(`${emulator.url}/api/probe`, { op: 'throw' });
      expect(thrown.status).toBe(502);
    } finally {
      await emulator.stop();
    }
  });

  it('takes a browser upload from a signed-in persona into their own folder and stores it as a cloud file', async () => {
    const emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, staticDir: h5 });
    try {
      const upload = (cookie: string) => fetch(`${emulator.url}/api/_upload?path=uploads/o-local-editor/a.png`, { method: 'POST', headers: { cookie }, body: 'png-bytes' });
      expect((await upload('persona=anonymous')).status).toBe(401);
      expect((await upload('')).status).toBe(401);
      const res = await upload('persona=editor');
      const { fileID } = (await res.json()) as { fileID: string };
      expect(fileID).toMatch(/^cloud:\/\/.+\/uploads\/o-local-editor\/a\.png$/);
      expect(emulator.storage.handle('storage.batchGetDownloadUrl', { file_list: [{ fileid: fileID }] })).toMatchObject({ download_list: [{ code: 'SUCCESS' }] });
    } finally {
      await emulator.stop();
    }
  });

  it('serves the H5 app and never a file outside it', async () => {
    const emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, staticDir: h5 });
    try {
      expect(await (await fetch(`${emulator.url}/js/app.js`)).text()).toBe('console.log(1)');
      expect(await (await fetch(`${emulator.url}/`)).text()).toContain('<title>app</title>');
      expect(await (await fetch(`${emulator.url}/%2e%2e/%2e%2e/etc/passwd`)).text()).toContain('<title>app</title>');
    } finally {
      await emulator.stop();
    }
  });
});
