// Fires each function's timer trigger (from its config.json) on schedule; tests fire them by hand.
import type { FunctionRunner, TimerTrigger } from '../functions/function-runner';
import { cronMatches, parseCron } from './cron';

export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
  Message: string;
}

export class TimerService {
  private ticker: NodeJS.Timeout | undefined;
  private lastSecond = 0;

  constructor(private readonly runner: FunctionRunner) {}

  /** Every function's timer triggers, with the function that owns it. */
  triggers(): { functionName: string; trigger: TimerTrigger }[] {
    return this.runner.names().flatMap((functionName) =>
      (this.runner.config(functionName).triggers ?? [])
        .filter((trigger) => trigger.type === 'timer')
        .map((trigger) => ({ functionName, trigger })),
    );
  }

  /** Invokes a function's trigger now, as the platform would when the schedule comes round. */
  fire(functionName: string, triggerName?: string, at: Date = this.runner.clock.now()): Promise<unknown> {
    const found = this.triggers().find(
      (t) => t.functionName === functionName && (triggerName === undefined || t.trigger.name === triggerName),
    );
    if (!found) throw new Error(`function ${functionName} has no timer trigger ${triggerName ?? ''}`);
    const event: TimerEvent = { Type: 'Timer', TriggerName: found.trigger.name, Time: at.toISOString(), Message: '' };
    return this.runner.invoke(functionName, event, { SOURCE: 'wx_trigger' });
  }

  start(onError: (error: unknown) => void): void {
    const schedules = this.triggers().map((t) => ({ ...t, schedule: parseCron(t.trigger.config) }));
    this.ticker = setInterval(() => {
      const second = Math.floor(this.runner.clock.now().getTime() / 1000);
      if (second === this.lastSecond) return;
      this.lastSecond = second;
      const at = new Date(second * 1000);
      for (const t of schedules) {
        if (cronMatches(t.schedule, at)) this.fire(t.functionName, t.trigger.name, at).catch(onError);
      }
    }, 250);
    this.ticker.unref();
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
  }
}
