import { type Emulator } from '../../emulator';
import { type Sdk, startLocalCloud } from '../support/local-cloud';

let emulator: Emulator;
let cloud: Sdk;

beforeAll(async () => {
  ({ emulator, cloud } = await startLocalCloud({ collections: ['probe'] }));
});
afterAll(() => emulator.stop());

describe('functions on the emulator', () => {
  it('gives each invocation its caller’s context', async () => {
    const [a, b] = (await Promise.all([
      emulator.call('probe', { op: 'context' }, 'citizenA'),
      emulator.call('probe', { op: 'context' }, 'citizenB'),
    ])) as { context: { OPENID: string; SOURCE: string } }[];
    expect(a?.context.OPENID).toBe('o-local-citizen-a');
    expect(b?.context.OPENID).toBe('o-local-citizen-b');
    expect(a?.context.SOURCE).toBe('wx_client');
  });

  it('forgets the previous caller: an anonymous call after a signed-in one has no OPENID', async () => {
    await emulator.call('probe', { op: 'context' }, 'editor');
    const anonymous = (await emulator.call('probe', { op: 'context' }, 'anonymous')) as { context: Record<string, unknown> };
    expect(anonymous.context.OPENID).toBeUndefined();
  });

  it('keeps module state in a warm instance between calls, as the cloud does', async () => {
    const first = (await emulator.call('probe', { op: 'context' }, 'citizenA')) as { calls: number };
    const second = (await emulator.call('probe', { op: 'context' }, 'citizenA')) as { calls: number };
    expect(second.calls).toBeGreaterThan(first.calls);
  });

  it('runs the real SDK inside the function against the same database', async () => {
    const id = (await emulator.call('probe', { op: 'insert', n: 7 }, 'citizenA')) as string;
    const { data } = await cloud.database().collection('probe').doc(id).get();
    expect(data.n).toBe(7);
    expect(data.at).toBeInstanceOf(Date);
  });

  it('answers callFunction from the SDK, with no user in a server-side call', async () => {
    const { result } = await cloud.callFunction({ name: 'probe', data: { op: 'context' } });
    expect(result.context.OPENID).toBeUndefined();
    expect(result.context.SOURCE).toBe('wx_server');
    const nested = (await emulator.call('probe', { op: 'call' }, 'citizenA')) as { context: Record<string, unknown> };
    expect(nested.context.SOURCE).toBe('wx_server');
  });

  it('reports a thrown error and a timeout, and recovers afterwards', async () => {
    await expect(emulator.call('probe', { op: 'throw' }, 'citizenA')).rejects.toThrow('boom from probe');
    await expect(emulator.call('probe', { op: 'slow', ms: 1500 }, 'citizenA')).rejects.toThrow(/timed out after 1 seconds/);
    await expect(cloud.callFunction({ name: 'probe', data: { op: 'throw' } })).rejects.toThrow(/boom from probe/);
    expect(await emulator.call('probe', { op: 'echo' }, 'citizenA')).toMatchObject({ event: { op: 'echo' } });
  });

  it('keeps the SDK connection open across a long pause inside a function, as the real service does', async () => {
    const id = await emulator.call('patient', { pauseMs: 6_000 }, 'anonymous');
    expect(typeof id).toBe('string');
  }, 20_000);

  it('refuses an unknown function', async () => {
    await expect(emulator.call('nope', {}, 'citizenA')).rejects.toThrow(/not found/);
    await expect(cloud.callFunction({ name: '../fixtures/functions/probe', data: {} })).rejects.toThrow();
  });

  it('fires a timer trigger by hand with the platform’s timer event', async () => {
    expect(emulator.timers.triggers()).toEqual([
      { functionName: 'probe', trigger: { name: 'everyMinute', type: 'timer', config: '0 * * * * * *' } },
    ]);
    const result = (await emulator.timers.fire('probe')) as { event: { Type: string; TriggerName: string } };
    expect(result.event).toMatchObject({ Type: 'Timer', TriggerName: 'everyMinute' });
  });
});
