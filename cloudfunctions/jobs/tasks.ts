// What the minute timer does, registered with the scheduler (scheduler.ts): priority (lower first), the
// share of the run's 45 s each may hold, and how often. A feature with periodic work adds a task here.
import { recountProvisionalClocks } from '../_shared/cases/recount-provisional';
import { checkFreshness } from '../_shared/freshness/check-freshness';
import { computeDemand } from '../_shared/freshness/demand/compute-demand';
import { checkLinks } from '../_shared/freshness/links/check-links';
import { retentionDays } from '../_shared/personal/retention-days';
import { erasePersonal } from './erase-personal';
import { expireRecords } from './expire-records';
import { startDueJobs } from './job-lifecycle';
import { recoverStale } from './recover-stale';
import { remindLiaisons } from './remind-liaisons';
import type { Task } from './scheduler';
import { scheduleDigest } from './schedule-digest';
import { sendPending } from './send-deliveries';
import { targetJobs } from './target-recipients';

export const TASKS: readonly Task[] = [
  { name: 'schedule-digest', priority: 10, budgetMs: 3_000, run: (_state, now) => scheduleDigest(now) },
  { name: 'recount-clocks', priority: 20, budgetMs: 3_000, run: async () => {
    await recountProvisionalClocks();
  } },
  {
    name: 'expire-records', priority: 30, budgetMs: 5_000,
    run: async (state, now) => {
      state.summary.expired = await expireRecords(now, await retentionDays());
    },
  },
  {
    name: 'erase-personal', priority: 40, budgetMs: 8_000,
    run: async (state, now) => {
      state.summary.erased = await erasePersonal(now, await retentionDays());
    },
  },
  // Village liaisons' overdue confirmations (#16.5): a WeChat reminder on consent, every half hour.
  { name: 'remind-liaisons', priority: 45, budgetMs: 3_000, everyMinutes: 30, run: async (_state, now) => {
    await remindLiaisons(now);
  } },
  { name: 'start-due-sends', priority: 50, budgetMs: 3_000, run: (state, now) => startDueJobs(now, state) },
  { name: 'recover-stale', priority: 60, budgetMs: 3_000, run: (state) => recoverStale(state) },
  // Targeting a large audience may not take the whole run: sending what is targeted gets its turn.
  { name: 'target-recipients', priority: 70, budgetMs: 20_000, run: (state) => targetJobs(state) },
  { name: 'send-deliveries', priority: 80, budgetMs: 45_000, run: (state) => sendPending(state) },
  // The freshness monitor: at most every 15 minutes (its own check), in what the run has left.
  {
    name: 'check-freshness', priority: 90, budgetMs: 30_000,
    run: async (state, now) => {
      await checkFreshness(now, state.remainingMs());
    },
  },
  // Demand signals (what people ask for): at most hourly (its own check), after the freshness report it reads.
  {
    name: 'demand-signals', priority: 95, budgetMs: 15_000,
    run: async (state, now) => {
      await computeDemand(now, state.remainingMs());
    },
  },
  // External links in published content: a few each five minutes, never two at once to one host.
  {
    name: 'check-links', priority: 97, budgetMs: 12_000, everyMinutes: 5,
    run: async (state, now) => {
      await checkLinks(now, () => state.remainingMs());
    },
  },
];
