import { MAX_IMAGE_BYTES, uploadFile } from '@/lib/upload-file';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

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

  it('posts the file to the gateway under a dated content path and returns its fileID', async () => {
    global.fetch = jest.fn(async (url: string) =>
      String(url).startsWith('blob:') ? ({ blob: async () => new Blob(['x']) } as Response) : ({ ok: true, json: async () => ({ fileID: 'cloud://env/content/a.png' }) } as Response),
    ) as unknown as typeof fetch;
    const res = await uploadFile({ path: 'blob:x', name: '图 1.png', size: 1 }, MAX_IMAGE_BYTES);
    expect(res).toEqual({ ok: true, data: { fileId: 'cloud://env/content/a.png' } });
    const uploadUrl = decodeURIComponent(String((global.fetch as jest.Mock).mock.calls[1][0]));
    expect(uploadUrl).toMatch(/^\/api\/_upload\?path=content\/\d{4}\/[a-z0-9]+-[a-z0-9]+-图_1\.png$/);
  });
});
