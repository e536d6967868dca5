// The minute timer's one scheduler: tasks by priority, each held to its own share of the run, a failing
// task logged while the others still run, and periodic tasks due on their minutes.
import { RunState } from '../../cloudfunctions/jobs/run-state';
import { isDue, runScheduled, type Task } from '../../cloudfunctions/jobs/scheduler';
import { TASKS } from '../../cloudfunctions/jobs/tasks';

const AT = new Date('2026-10-01T02:00:00Z'); // 10:00 in Beijing, a whole hour
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A task that works in small steps while the run lets it, counting its steps. */
function looping(name: string, priority: number, budgetMs: number, steps: Record<string, number>): Task {
  return {
    name, priority, budgetMs,
    async run(state) {
      steps[name] = 0;
      while (state.canContinue()) {
        steps[name] += 1;
        await pause(5);
      }
    },
  };
}

describe('the jobs scheduler', () => {
  it('runs tasks by priority, and a task that throws does not stop the others', async () => {
    const order: string[] = [];
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const tasks: Task[] = [
      { name: 'late', priority: 30, budgetMs: 1_000, run: async () => void order.push('late') },
      { name: 'broken', priority: 20, budgetMs: 1_000, run: async () => { order.push('broken'); throw new Error('database unavailable'); } },
      { name: 'first', priority: 10, budgetMs: 1_000, run: async () => void order.push('first') },
    ];
    const failed = await runScheduled(tasks, new RunState('run-1', 5_000, AT), AT);
    expect(order).toEqual(['first', 'broken', 'late']);
    expect(failed).toEqual(['broken']);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('holds each task to its own budget, so one that always has work cannot starve the next', async () => {
    const steps: Record<string, number> = {};
    const state = new RunState('run-2', 5_000, AT);
    await runScheduled([looping('targeting', 1, 150, steps), looping('sending', 2, 150, steps)], state, AT);
    expect(steps.targeting).toBeGreaterThan(0);
    expect(steps.sending).toBeGreaterThan(0);
    // Outside a task the run's own budget answers again.
    expect(state.canContinue()).toBe(true);
  });

  it('never lets a task run past the run’s budget', async () => {
    const steps: Record<string, number> = {};
    const state = new RunState('run-3', 100, AT);
    const started = performance.now();
    await runScheduled([looping('long', 1, 60_000, steps)], state, AT);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(state.canContinue()).toBe(false);
  });

  it('runs a periodic task on its minutes only', () => {
    const every10 = { everyMinutes: 10 };
    expect(isDue(every10, AT)).toBe(true);
    expect(isDue(every10, new Date('2026-10-01T02:07:00Z'))).toBe(false);
    expect(isDue(every10, new Date('2026-10-01T02:20:30Z'))).toBe(true);
    expect(isDue({}, new Date('2026-10-01T02:07:00Z'))).toBe(true);
  });

  it('registers what the timer did before, in its order, within the run’s 45 s', () => {
    expect([...TASKS].sort((a, b) => a.priority - b.priority).map((t) => t.name)).toEqual([
      'schedule-digest', 'recount-clocks', 'expire-records', 'erase-personal', 'remind-liaisons', 'start-due-sends', 'recover-stale', 'target-recipients', 'send-deliveries', 'check-freshness', 'demand-signals', 'check-links',
    ]);
    for (const task of TASKS) expect(task.budgetMs).toBeLessThanOrEqual(45_000);
    expect(new Set(TASKS.map((t) => t.priority)).size).toBe(TASKS.length);
  });
});
