// Whatever a caller sends the gateway, it answers with a 4xx and a JSON message, and the next caller
// is served as usual.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../emulator';
import { FIXTURE_FUNCTIONS } from '../support/local-cloud';
import { rawRequest } from './raw-request';
import { MAX_API_BODY } from '../../emulator/gateway/gateway';

let emulator: Emulator;

beforeAll(async () => {
  const h5 = mkdtempSync(join(tmpdir(), 'h5-'));
  writeFileSync(join(h5, 'index.html'), '<title>app</title>');
  emulator = await startEmulator({ functionsDir: FIXTURE_FUNCTIONS, staticDir: h5 });
});
afterAll(() => emulator.stop());

const post = (path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  rawRequest(emulator.url, 'POST', path, { headers, body });

/** A JSON object whose `x` is arrays nested `depth` levels deep. */
const nested = (depth: number): string => `{"op":"echo","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

async function expectServed(): Promise<void> {
  const res = await post('/api/probe', '{"op":"echo"}');
  expect(res.status).toBe(200);
  expect(res.json()).toMatchObject({ event: { op: 'echo' } });
}

describe('a function call through the gateway', () => {
  it('refuses JSON nested 200,000 levels deep before parsing it, and serves the next call', async () => {
    const res = await post('/api/probe', nested(200_000));
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ errCode: -501007, errMsg: expect.stringMatching(/JSON/) });
    await expectServed();
  });

  it('takes JSON nested as deeply as a document may be', async () => {
    expect((await post('/api/probe', nested(90))).status).toBe(200);
    expect((await post('/api/probe', nested(101))).status).toBe(400);
  });

  it('refuses a body over the platform limit (6 MB) without reading it all', async () => {
    const res = await post('/api/probe', `{"op":"echo","x":"${'a'.repeat(MAX_API_BODY)}"}`);
    expect(res.status).toBe(413);
    expect(res.json<{ errMsg: string }>().errMsg).toMatch(/太大/);
    await expectServed();
  });

  it.each(['{oops', 'null', '[]', '3', '"text"', '\u0000'])('refuses the body %j: it must be a JSON object', async (body) => {
    const res = await post('/api/probe', body);
    expect(res.status).toBe(400);
    expect(res.json<{ errMsg: string }>().errMsg).toMatch(/JSON/);
  });

  it('answers a function name with malformed escapes as not found', async () => {
    expect((await post('/api/%E0%A4%A', '{}')).status).toBe(404);
    expect((await post('/api/..%2f..%2fprobe', '{}')).status).toBe(404);
  });
});

describe('the dev sign-in', () => {
  it.each(['{oops', 'null', '[1]', 'persona=admin'])('refuses the body %j with 400', async (body) => {
    const res = await post('/api/_dev', body, { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.json<{ errMsg: string }>().errMsg).toMatch(/JSON/);
  });

  it.each([{ persona: 'nobody' }, { persona: 5 }, { persona: null }])('refuses %j: no such persona', async (body) => {
    const res = await post('/api/_dev', JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ errCode: -501007, errMsg: '没有这个调试身份' });
  });
});

describe('paths', () => {
  it('answers malformed % escapes in a page path with 400, not a crash', async () => {
    const res = await rawRequest(emulator.url, 'GET', '/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ errCode: -501007, errMsg: '链接地址无效' });
    expect((await rawRequest(emulator.url, 'GET', '/js/%zz.js')).status).toBe(400);
  });

  it('never reads or writes storage outside its folder through ..%2f', async () => {
    for (const path of ['..%2f..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fetc/passwd', '..%5c..%5cx', '%E0%A4%A', 'a%00b']) {
      const read = await rawRequest(emulator.url, 'GET', `/storage/file/${path}?expires=99999999999999&sign=x`);
      expect(read.status).toBe(404);
      const write = await rawRequest(emulator.url, 'PUT', `/storage/upload/${path}?sign=x`, { body: 'x' });
      expect(write.status).toBe(403);
    }
  });

  it('answers a method it does not serve with 405', async () => {
    expect((await rawRequest(emulator.url, 'DELETE', '/api/probe')).status).toBe(405);
  });
});
