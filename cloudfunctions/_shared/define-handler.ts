// One action's implementation: who may call it, and what it does with validated input.
import type { ActionSpec, OutputOf, ParsedInputOf } from '#types/api/action';
import type { Access } from './access';
import type { Caller } from './caller';

export interface ActionContext {
  /** The caller, loaded on first use and at most once per call. */
  caller(): Promise<Caller>;
  now: Date;
}

export interface Handler<A extends ActionSpec = ActionSpec> {
  spec: A;
  access: Access;
  run(input: ParsedInputOf<A>, context: ActionContext): Promise<OutputOf<A>>;
}

export function defineHandler<A extends ActionSpec>(
  spec: A,
  access: Access,
  run: (input: ParsedInputOf<A>, context: ActionContext) => Promise<OutputOf<A>>,
): Handler<A> {
  return { spec, access, run };
}
