// The local platform can answer slowly: a test scripts a delay for some calls, as for a platform
// under load, and the call lands in the outbox when it is answered.
import { performance } from 'node:perf_hooks';
import { type Emulator } from '../../emulator';
import { type Sdk, startLocalCloud } from '../support/local-cloud';

let emulator: Emulator;
let cloud: Sdk;

beforeAll(async () => {
  ({ emulator, cloud } = await startLocalCloud());
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.openapi.reset());

const message = (touser: string) => ({ touser, templateId: 'tpl-road', page: 'pages/index/index', data: { thing1: { value: '国道改造' } } });

describe('a scripted delay on openapi calls', () => {
  it('holds back only the matching calls, which reach the outbox once answered', async () => {
    emulator.openapi.delayWhen('subscribeMessage.send', 400, (p) => p.touser === 'o-slow');
    const started = performance.now();
    const slow = cloud.openapi.subscribeMessage.send(message('o-slow')).then(() => performance.now() - started);
    await cloud.openapi.subscribeMessage.send(message('o-fast'));
    expect(emulator.openapi.outbox.map((e) => e.params.touser)).toEqual(['o-fast']); // answered while the slow one waits
    expect(await slow).toBeGreaterThanOrEqual(400);
    expect(emulator.openapi.outbox.map((e) => [e.params.touser, e.errcode])).toEqual([['o-fast', 0], ['o-slow', 0]]);
  });

  it('delays a scripted failure too, and is gone after a reset', async () => {
    emulator.openapi.delayWhen('subscribeMessage.send', 300);
    emulator.openapi.failNext('subscribeMessage.send', 43101);
    const started = performance.now();
    await expect(cloud.openapi.subscribeMessage.send(message('o-a'))).rejects.toMatchObject({ errCode: 43101 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    emulator.openapi.delayWhen('subscribeMessage.send', 60_000, (p) => p.touser === 'o-never');
    emulator.openapi.reset();
    await cloud.openapi.subscribeMessage.send(message('o-never')); // would hold the test past its timeout
    expect(emulator.openapi.outbox.map((e) => e.params.touser)).toEqual(['o-never']);
  });
});
