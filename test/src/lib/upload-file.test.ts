import { MAX_IMAGE_BYTES, uploadFile } from '@/lib/upload-file';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

/** A gateway that says who is signed in (getMe), hands out the picked blob, and answers the upload. */
function gateway(uploadFolder: string | null, upload: { ok: boolean; body: unknown } = { ok: true, body: { fileID: 'cloud://env/uploads/o-1/a.png' } }): jest.Mock {
  return jest.fn(async (url: string) => {
    if (String(url).startsWith('blob:')) return { blob: async () => new Blob(['x']) } as Response;
    if (String(url).endsWith('/api/public')) return { ok: true, json: async () => ({ ok: true, data: { signedIn: uploadFolder !== null, roles: [], name: null, uploadFolder } }) } as Response;
    return { ok: upload.ok, json: async () => upload.body } as Response;
  });
}

describe('uploadFile (browser)', () => {
  beforeAll(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('refuses a file that is too large or of the wrong type before sending anything', async () => {
    global.fetch = jest.fn();
    expect(await uploadFile({ path: 'blob:x', name: 'big.png', size: MAX_IMAGE_BYTES + 1 }, MAX_IMAGE_BYTES)).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '文件太大，请不要超过 2 MB' });
    expect(await uploadFile({ path: 'blob:x', name: 'run.exe', size: 10 }, MAX_IMAGE_BYTES)).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(global.fetch).not.toHaveBeenCalled();
  });

  it('posts the file into the folder the server names, under a dated path, and returns its fileID', async () => {
    global.fetch = gateway('uploads/o-1') as unknown as typeof fetch;
    const res = await uploadFile({ path: 'blob:x', name: '图 1.png', size: 1 }, MAX_IMAGE_BYTES);
    expect(res).toEqual({ ok: true, data: { fileId: 'cloud://env/uploads/o-1/a.png' } });
    const uploadUrl = decodeURIComponent(String((global.fetch as jest.Mock).mock.calls.map((c) => c[0]).find((u) => String(u).includes('_upload'))));
    expect(uploadUrl).toMatch(/^\/api\/_upload\?path=uploads\/o-1\/\d{4}\/[a-z0-9]+-[a-z0-9]+-图_1\.png$/);
  });

  it('asks someone not signed in to sign in, without uploading', async () => {
    global.fetch = gateway(null) as unknown as typeof fetch;
    expect(await uploadFile({ path: 'blob:x', name: 'a.png', size: 1 }, MAX_IMAGE_BYTES)).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录后再上传' });
    expect((global.fetch as jest.Mock).mock.calls.some((c) => String(c[0]).includes('_upload'))).toBe(false);
  });

  it('shows the gateway’s reason when it refuses the upload', async () => {
    global.fetch = gateway('uploads/o-1', { ok: false, body: { errCode: -501007, errMsg: '只能上传到自己的文件夹' } }) as unknown as typeof fetch;
    expect(await uploadFile({ path: 'blob:x', name: 'a.png', size: 1 }, MAX_IMAGE_BYTES)).toEqual({ ok: false, code: 'INTERNAL', message: '上传失败：只能上传到自己的文件夹' });
  });
});
