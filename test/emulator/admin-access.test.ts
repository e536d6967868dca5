// The SDK's endpoint answers only whoever holds the URL the local cloud gave its functions, and never
// a web page: a cross-site POST from any page the developer visits must not reach the database.
import { type Emulator } from '../../emulator';
import { type Sdk, startLocalCloud } from '../support/local-cloud';
import { rawRequest } from './raw-request';

let emulator: Emulator;
let cloud: Sdk;

beforeAll(async () => {
  ({ emulator, cloud } = await startLocalCloud({ collections: ['secrets'] }));
  await cloud.database().collection('secrets').add({ data: { _id: 'applicant', idNumber: '330000199001011234' } });
});
afterAll(() => emulator.stop());

const getApplicant = JSON.stringify({ action: 'database.getDocument', collectionName: 'secrets', queryType: 'WHERE', query: '{}', limit: 10, offset: 0 });
const adminPath = (): string => new URL(emulator.adminUrl).pathname;

async function expectRefused(path: string, headers: Record<string, string>, status: number): Promise<void> {
  const res = await rawRequest(emulator.url, 'POST', path, { headers, body: getApplicant });
  expect(res.status).toBe(status);
  expect(res.json()).toMatchObject({ code: 'PERMISSION_DENIED' });
  expect(res.text).not.toContain('330000199001011234');
}

describe('the admin endpoint', () => {
  it('is reached through the secret URL the functions and the SDK get', async () => {
    expect(emulator.adminUrl).toMatch(/\/admin\/[A-Za-z0-9_-]{32}$/);
    expect(JSON.parse(emulator.sdkEnv.TCB_CONTEXT_CNFG as string)).toEqual({ URL: emulator.adminUrl });
    const res = await rawRequest(emulator.url, 'POST', adminPath(), { headers: { 'content-type': 'application/json' }, body: getApplicant });
    expect(res.text).toContain('330000199001011234');
  });

  it('refuses a caller without the secret, or with a wrong one', async () => {
    const json = { 'content-type': 'application/json' };
    await expectRefused('/admin', json, 403);
    await expectRefused('/admin/', json, 403);
    await expectRefused(`${adminPath()}x`, json, 403);
    await expectRefused(adminPath().slice(0, -1), json, 403);
  });

  it('refuses a browser even with the secret: an Origin or Sec-Fetch-Site header', async () => {
    await expectRefused(adminPath(), { 'content-type': 'application/json', origin: 'https://evil.example' }, 403);
    await expectRefused(adminPath(), { 'content-type': 'application/json', origin: emulator.url }, 403);
    await expectRefused(adminPath(), { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, 403);
  });

  it('refuses the content types a page may send without asking', async () => {
    for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data', '']) {
      await expectRefused(adminPath(), { 'content-type': type }, 415);
    }
  });

  it('answers malformed SDK calls with an error code the SDK throws', async () => {
    const send = async (body: string, type = 'application/json') =>
      (await rawRequest(emulator.url, 'POST', adminPath(), { headers: { 'content-type': type }, body })).json();
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(await send(deep)).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await send('null')).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await send(JSON.stringify({ action: 'functions.invokeFunction', function_name: 'probe', request_data: `{"x":${deep}}` }))).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await send(JSON.stringify({ action: 'database.getDocument', collectionName: 'secrets', queryType: 'WHERE', query: deep }))).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await send(JSON.stringify({ action: 'database.getDocument', collectionName: 'secrets', queryType: 'WHERE', query: '{oops' }))).toMatchObject({ code: 'INVALID_PARAM' });
    expect(await send('--x\r\nContent-Disposition: form-data; name="action"\r\n\r\nwx.openApi', 'multipart/form-data; boundary=x')).toMatchObject({ code: 'INVALID_PARAM' });
    // And the SDK goes on working.
    const { data } = await cloud.database().collection('secrets').doc('applicant').get();
    expect(data.idNumber).toBe('330000199001011234');
  });
});
