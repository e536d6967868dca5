// A call that fails before it reaches the function leaves nothing behind: its timer and listeners end
// with it, so the warm instance it used serves the next caller, even after the call's time limit.
import { type Emulator } from '../../emulator';
import { startLocalCloud } from '../support/local-cloud';

let emulator: Emulator;

beforeAll(async () => {
  ({ emulator } = await startLocalCloud());
});
afterAll(() => emulator.stop());

/** Longer than the probe fixture's 1 s time limit. */
const pastTheTimeLimit = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1500));

function deepValue(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe('a call whose event cannot reach the function instance', () => {
  it.each([
    ['nested 200,000 levels deep', deepValue(200_000)],
    ['holding a function', () => undefined],
  ])('fails alone (%s): the same warm instance serves the next call', async (_label, payload) => {
    const before = (await emulator.call('probe', { op: 'context' }, 'citizenA')) as { calls: number };
    await expect(emulator.call('probe', { op: 'echo', payload }, 'citizenA')).rejects.toThrow(/cannot be passed to the function/);
    await pastTheTimeLimit();
    const after = (await emulator.call('probe', { op: 'context' }, 'citizenB')) as { calls: number; context: { OPENID: string } };
    expect(after.context.OPENID).toBe('o-local-citizen-b');
    // The module state of the same instance: it was neither killed nor replaced.
    expect(after.calls).toBe(before.calls + 1);
  });
});
