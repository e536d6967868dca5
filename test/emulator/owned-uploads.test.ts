// A browser upload goes only into the uploader's own folder, uploads/<OPENID>/… or staff/<OPENID>/…:
// nobody can replace a file another person attached.
import { type Emulator } from '../../emulator';
import { startLocalCloud } from '../support/local-cloud';
import { rawRequest } from './raw-request';

let emulator: Emulator;

beforeAll(async () => {
  ({ emulator } = await startLocalCloud());
});
afterAll(() => emulator.stop());

const upload = (persona: string, path: string, body: string) =>
  rawRequest(emulator.url, 'POST', `/api/_upload?path=${encodeURIComponent(path)}`, { headers: { cookie: `persona=${persona}` }, body });

async function read(fileID: string): Promise<string> {
  const { download_list } = emulator.storage.handle('storage.batchGetDownloadUrl', { file_list: [{ fileid: fileID }] }) as { download_list: { tempFileURL: string }[] };
  return (await fetch(download_list[0]?.tempFileURL as string)).text();
}

describe('uploads from the browser', () => {
  it('store a file under the uploader’s own folder', async () => {
    const res = await upload('citizenB', 'uploads/o-local-citizen-b/2026/photo.png', 'B’s photo');
    expect(res.status).toBe(200);
    const { fileID } = res.json<{ fileID: string }>();
    expect(fileID).toBe('cloud://local-env.local-bucket/uploads/o-local-citizen-b/2026/photo.png');
    expect(await read(fileID)).toBe('B’s photo');
  });

  it.each([
    ['another person’s folder', 'uploads/o-local-citizen-b/2026/photo.png'],
    ['another folder reached through ..', 'uploads/o-local-citizen-a/../o-local-citizen-b/2026/photo.png'],
    ['a folder that is nobody’s', 'content/2026/photo.png'],
    ['another person’s staff folder', 'staff/o-local-citizen-b/photo.png'],
    ['the uploads folder itself', 'uploads/photo.png'],
    ['a prefix of the own folder', 'uploads/o-local-citizen-a-evil/photo.png'],
  ])('refuse a write to %s with 403, and leave the file there as it was', async (_label, path) => {
    await upload('citizenB', 'uploads/o-local-citizen-b/2026/photo.png', 'B’s photo');
    const res = await upload('citizenA', path, 'A’s replacement');
    expect(res.status).toBe(403);
    expect(res.json<{ errMsg: string }>().errMsg).toBe('只能上传到自己的文件夹（uploads/o-local-citizen-a/ 或 staff/o-local-citizen-a/）');
    expect(await read('cloud://local-env.local-bucket/uploads/o-local-citizen-b/2026/photo.png')).toBe('B’s photo');
  });

  it('take staff uploads into their own staff folder, and refuse them another’s folder', async () => {
    expect((await upload('editor', 'staff/o-local-editor/2026/diagram.png', 'x')).status).toBe(200);
    expect((await upload('admin', 'staff/o-local-editor/2026/diagram.png', 'y')).status).toBe(403);
    expect((await upload('admin', 'uploads/o-local-citizen-b/2026/photo.png', 'x')).status).toBe(403);
    expect(await read('cloud://local-env.local-bucket/staff/o-local-editor/2026/diagram.png')).toBe('x');
  });

  it('refuse a path that names a folder, or climbs out of storage, with 400', async () => {
    await upload('citizenA', 'uploads/o-local-citizen-a/dir/file.png', 'x');
    for (const path of ['uploads/o-local-citizen-a/', 'uploads/o-local-citizen-a/dir', '../../etc/passwd', '']) {
      expect((await upload('citizenA', path, 'x')).status).toBe(400);
    }
  });

  it('need a signed-in persona', async () => {
    expect((await upload('anonymous', 'uploads/o-local-citizen-a/x.png', 'x')).status).toBe(401);
    expect((await rawRequest(emulator.url, 'POST', '/api/_upload?path=uploads/o-local-citizen-a/x.png', { body: 'x' })).status).toBe(401);
  });
});
