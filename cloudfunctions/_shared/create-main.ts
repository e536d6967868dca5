// A function's entry point: route `event.action` to its handler, then validate -> authorise -> act,
// answering `{ ok: true, data }` or `{ ok: false, code, message }` and never leaking a stack.
import * as v from 'valibot';
import type { ActionEvent, ActionTable } from '#types/api/action';
import { describeIssues } from '#types/api/describe-issues';
import type { Result } from '#types/result';
import { authorise } from './access';
import { AppError, invalidArgument } from './app-error';
import { type Caller, loadCaller } from './caller';
import type { Handler } from './define-handler';
import { type CallContext, beginCall } from './call-context';
import { logError } from './log-error';
import { payloadProblem } from './plain-payload';
import { loadHolidayCalendars } from './time/holiday-calendars';

export type Handlers<T extends ActionTable> = { [K in keyof T]: Handler<T[K]> };

function isActionEvent(event: unknown): event is ActionEvent {
  return typeof event === 'object' && event !== null && typeof (event as ActionEvent).action === 'string';
}

export function createMain<T extends ActionTable>(handlers: Handlers<T>) {
  return async function main(event: unknown, platform?: CallContext): Promise<Result<unknown>> {
    beginCall(platform);
    const name = isActionEvent(event) ? event.action : undefined;
    try {
      if (!name || !Object.prototype.hasOwnProperty.call(handlers, name)) throw invalidArgument('未知的操作');
      const handler = handlers[name] as Handler;
      const payload = (event as ActionEvent).payload ?? {};
      const problem = payloadProblem(payload);
      if (problem) throw invalidArgument(problem);
      const parsed = v.safeParse(handler.spec.input, payload);
      if (!parsed.success) throw invalidArgument(describeIssues(parsed.issues, handler.spec.labels));
      let caller: Promise<Caller> | undefined;
      const context = { caller: () => (caller ??= loadCaller()), now: new Date() };
      if (handler.access !== 'anyone') authorise(handler.access, await context.caller());
      // Clocks shown as provisional need the entered holiday years (re-read at most once a minute).
      await loadHolidayCalendars('view');
      return { ok: true, data: await handler.run(parsed.output, context) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
      logError(name ?? 'unknown action', error);
      return { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' };
    }
  };
}
