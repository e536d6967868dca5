// The local server sends the built app compressed (brotli or gzip, by Accept-Encoding), keeps hashed
// files cached for a year and has browsers check index.html each time.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type Emulator, startEmulator } from '../../emulator';
import { chooseEncoding } from '../../emulator/http/compressed-body';
import { FIXTURE_FUNCTIONS } from '../support/local-cloud';

let emulator: Emulator;
let h5: string;
const script = `${'window.feed = "最新公开：政策解读、项目进展";\n'.repeat(400)}`;
const html = `<!doctype html><title>交通运输局政务公开</title>${'<meta name="x" content="y">'.repeat(60)}`;

beforeAll(async () => {
  h5 = mkdtempSync(join(tmpdir(), 'h5-'));
  mkdirSync(join(h5, 'js'));
  writeFileSync(join(h5, 'index.html'), html);
  writeFileSync(join(h5, 'js', 'app.0443f3af.js'), script);
  writeFileSync(join(h5, 'js', 'tiny.12345678.js'), 'x=1');
  writeFileSync(join(h5, 'logo.png'), Buffer.alloc(4096, 7));
  emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, staticDir: h5 });
});
afterAll(() => emulator.stop());

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  const { hostname, port } = new URL(emulator.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static app over HTTP', () => {
  it('sends brotli when the browser takes it, and the bytes decode to the file', async () => {
    const res = await get('/js/app.0443f3af.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script);
  });

  it('sends gzip to a browser without brotli, and the file as it is to one that takes neither', async () => {
    const gz = await get('/js/app.0443f3af.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(script);
    const plain = await get('/js/app.0443f3af.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString('utf8')).toBe(script);
    const refused = await get('/js/app.0443f3af.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed files for a year and has index.html checked each time, answering 304 when unchanged', async () => {
    expect((await get('/js/app.0443f3af.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(page.body).toString('utf8')).toBe(html);
    const again = await get('/', { 'if-none-match': String(page.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('sends a new version of a file once it changes on disk, not the compressed copy of the old one', async () => {
    const file = join(h5, 'js', 'rebuilt.abcdef12.js');
    writeFileSync(file, script);
    await get('/js/rebuilt.abcdef12.js', { 'accept-encoding': 'br' });
    const next = script.replace(/政策/g, '项目');
    writeFileSync(file, next);
    utimesSync(file, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'));
    expect(brotliDecompressSync((await get('/js/rebuilt.abcdef12.js', { 'accept-encoding': 'br' })).body).toString('utf8')).toBe(next);
  });

  it('leaves small files and images uncompressed', async () => {
    expect((await get('/js/tiny.12345678.js', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
    const png = await get('/logo.png', { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.length).toBe(4096);
  });

  it('answers a missing chunk with 404 (not index.html, which the browser would run as script)', async () => {
    const res = await get('/js/gone.99999999.js');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await get('/pages/index/index')).body.toString('utf8')).toBe(html);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.length).toBe(0);
  });
});

describe('chooseEncoding', () => {
  it('reads Accept-Encoding with its weights', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, identity')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('x-gzip')).toBe('gzip');
  });
});
