import { type BackoffPolicy, backoffDelay, withBackoff } from '../../cloudfunctions/_shared/backoff';

const policy: BackoffPolicy = { attempts: 4, baseMs: 10, capMs: 25 };

describe('backoff', () => {
  it('pauses a random share of a ceiling that doubles up to the cap', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(policy, attempt, 0.999))).toEqual([9, 19, 24, 24]);
    expect(backoffDelay(policy, 3, 0)).toBe(0);
  });

  it('tries again after a retryable failure, and answers what the last try answered', async () => {
    const pauses: number[] = [];
    let calls = 0;
    const answer = await withBackoff(async () => {
      calls += 1;
      if (calls < 3) throw new Error('conflict');
      return 'stored';
    }, () => true, policy, async (ms) => void pauses.push(ms));
    expect([answer, calls, pauses.length]).toEqual(['stored', 3, 2]);
  });

  it('gives up after the last attempt, and at once on a failure that waiting cannot cure', async () => {
    let calls = 0;
    const failing = async (): Promise<never> => {
      calls += 1;
      throw new Error(`failure ${calls}`);
    };
    await expect(withBackoff(failing, () => true, policy, async () => undefined)).rejects.toThrow('failure 4');
    calls = 0;
    await expect(withBackoff(failing, () => false, policy, async () => undefined)).rejects.toThrow('failure 1');
  });
});
