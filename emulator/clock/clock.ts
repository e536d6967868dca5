// The local cloud's clock: real time plus an offset a test or a developer sets. It keeps running
// (run budgets measure elapsed time), and every function instance, timer and openapi stamp reads it,
// so tests choose the instant function code lives at, whatever the wall clock says.
export class Clock {
  private offsetMs = 0;

  /** Milliseconds this clock runs ahead of the machine's (negative: behind). */
  get offset(): number {
    return this.offsetMs;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on the clock reads `at`, and runs on from there. */
  set(at: Date | string): void {
    const instant = typeof at === 'string' ? new Date(at) : at;
    if (Number.isNaN(instant.getTime())) throw new Error(`not an instant: ${String(at)}`);
    this.offsetMs = instant.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Back to the machine's clock. */
  reset(): void {
    this.offsetMs = 0;
  }
}
