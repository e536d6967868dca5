// What an unexpected failure leaves in a function's log: the platform's request id to find it by, what
// failed and where, and none of the person's numbers, even when the failing call carried them.
import { beginCall } from '../../cloudfunctions/_shared/call-context';
import { logError } from '../../cloudfunctions/_shared/log-error';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

it('logs one line with the request id, and none of what the failing write carried', async () => {
  // A deployment that missed a collection: the write fails inside the function.
  cloud.emulator.store.dropCollection('cases');
  cloud.emulator.runner.logs.length = 0;
  const res = await cloud.call('public', 'submitCase', { requestId: 'req-log-0001', category: 'question', text: '请回电 13812345678，身份证 430102199001011234，车牌湘A12345', phone: '13812345678', consentPublic: false }, 'citizenA');
  expect(res).toMatchObject({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' });
  const lines = cloud.emulator.runner.logs.filter((l) => l.includes('[submitCase] request'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/request [0-9a-f-]{36}: /);
  const all = cloud.emulator.runner.logs.join('\n');
  for (const secret of ['13812345678', '430102199001011234', '湘A12345']) expect(all).not.toContain(secret);
});

it('masks phone, ID and plate numbers that an error message echoes, and keeps the request id and frames', () => {
  const lines: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  try {
    beginCall({ request_id: 'req-42' });
    logError('saveThing', new Error('E11000 duplicate key error dup key: { phone: "13812345678", idNumber: "430102199001011234", plate: "湘A12345", _id: "oAbCdEfGhIjKlMnOpQrStUvWxYz1:n-1", file: "cloud://env.bucket/uploads/o-local-citizen-a/2026/x.jpg" } code -502001'));
  } finally {
    spy.mockRestore();
  }
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^\[saveThing\] request req-42: Error: E11000 duplicate key error/);
  expect(lines[0]).toMatch(/\n\s+at /);
  for (const secret of ['13812345678', '430102199001011234', '湘A12345', 'oAbCdEfGhIjKlMnOpQrStUvWxYz1', 'o-local-citizen-a']) expect(lines[0]).not.toContain(secret);
  expect(lines[0]).toContain('-502001');
});
