import { type Emulator } from '../../emulator';
import { type Sdk, startLocalCloud } from '../support/local-cloud';

let emulator: Emulator;
let cloud: Sdk;

beforeAll(async () => {
  ({ emulator, cloud } = await startLocalCloud());
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.openapi.reset());

const message = { touser: 'o-local-citizen-a', templateId: 'tpl-road', page: 'pages/index/index', data: { thing1: { value: '国道改造' } } };

describe('openapi through wx-server-sdk', () => {
  it('sends a subscription message and records it in the outbox', async () => {
    const res = await cloud.openapi.subscribeMessage.send(message);
    expect(res.errCode).toBe(0);
    expect(emulator.openapi.outbox).toEqual([
      expect.objectContaining({ api: 'subscribeMessage.send', errcode: 0, params: expect.objectContaining({ touser: 'o-local-citizen-a', template_id: 'tpl-road' }) }),
    ]);
  });

  it('fails a scripted call with the platform’s code, then succeeds again', async () => {
    emulator.openapi.failNext('subscribeMessage.send', 43101);
    await expect(cloud.openapi.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: 43101 });
    await expect(cloud.openapi.subscribeMessage.send(message)).resolves.toMatchObject({ errCode: 0 });
  });

  it('rejects data over the field limits with 47003', async () => {
    const tooLong = { ...message, data: { thing1: { value: '这是一条超过二十个字的道路施工交通管制通知标题文字' } } };
    await expect(cloud.openapi.subscribeMessage.send(tooLong)).rejects.toMatchObject({ errCode: 47003 });
  });

  it('checks content and calls risky text risky', async () => {
    const pass = await cloud.openapi.security.msgSecCheck({ openid: 'o1', scene: 2, version: 2, content: '公交站台什么时候修好？' });
    expect(pass.result.suggest).toBe('pass');
    const risky = await cloud.openapi.security.msgSecCheck({ openid: 'o1', scene: 2, version: 2, content: '网络赌博广告' });
    expect(risky.result.suggest).toBe('risky');
  });

  it('makes a real QR code image for a mini-program code', async () => {
    const res = await cloud.openapi.wxacode.getUnlimited({ scene: 'p=abc123', page: 'pages/index/index', width: 280 });
    expect(res.contentType).toBe('image/png');
    expect(Buffer.from(res.buffer).subarray(1, 4).toString()).toBe('PNG');
    await expect(cloud.openapi.wxacode.getUnlimited({ scene: 'x'.repeat(33) })).rejects.toMatchObject({ errCode: 40169 });
  });

  it('generates a short URL link that opens the page in the local H5 app until it expires', async () => {
    const res = await cloud.openapi.urllink.generate({ path: 'pages/index/index', query: 'id=1', expire_type: 1, expire_interval: 30 });
    expect(res.urlLink).toMatch(new RegExp(`^${emulator.url}/l/[\\w-]{11}$`));
    const opened = await fetch(res.urlLink, { redirect: 'manual' });
    expect([opened.status, opened.headers.get('location')]).toEqual([302, `${emulator.url}/#/pages/index/index?id=1`]);
    expect((await fetch(`${emulator.url}/l/unknown`, { redirect: 'manual' })).status).toBe(404);
    await expect(cloud.openapi.urllink.generate({ path: 'pages/index/index', expire_type: 1, expire_interval: 31 })).rejects.toMatchObject({ errCode: 40165 });
  });
});

describe('cloud storage through wx-server-sdk', () => {
  it('uploads, links, downloads and deletes a file', async () => {
    const { fileID } = await cloud.uploadFile({ cloudPath: 'photos/site-1.txt', fileContent: Buffer.from('工地照片') });
    expect(fileID).toMatch(/^cloud:\/\/.+\/photos\/site-1\.txt$/);
    const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] });
    expect(fileList[0].status).toBe(0);
    const fetched = await fetch(fileList[0].tempFileURL);
    expect(await fetched.text()).toBe('工地照片');
    const { fileContent } = await cloud.downloadFile({ fileID });
    expect(fileContent.toString()).toBe('工地照片');
    const deleted = await cloud.deleteFile({ fileList: [fileID] });
    expect(deleted.fileList[0].status).toBe(0);
    expect((await cloud.getTempFileURL({ fileList: [fileID] })).fileList[0].status).toBe(-503003);
  });

  it('refuses a tampered link and a path that climbs out of storage', async () => {
    const { fileID } = await cloud.uploadFile({ cloudPath: 'a.txt', fileContent: Buffer.from('x') });
    const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] });
    expect((await fetch(fileList[0].tempFileURL.replace(/sign=\w+/, `sign=${'0'.repeat(32)}`))).status).toBe(404);
    await expect(cloud.uploadFile({ cloudPath: '../escape.txt', fileContent: Buffer.from('x') })).rejects.toThrow();
  });
});
