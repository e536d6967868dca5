// How a deployed function's actions are described: an input schema (valibot, strict objects so
// unknown keys are rejected) and the output type. The client calls `{ action, payload }`.
import type { GenericSchema, InferInput, InferOutput } from 'valibot';
import type { FieldLabels } from './field-labels';

export interface ActionSpec<S extends GenericSchema = GenericSchema, O = unknown> {
  input: S;
  /** Chinese names of the fields people fill, for validation messages. */
  labels?: FieldLabels;
  /** Type-only: never set at run time. */
  readonly output?: O;
}

/** `defineAction<Output>()(inputSchema, labels?)`: the output type is given, the input inferred. */
export const defineAction =
  <O>() =>
  <S extends GenericSchema>(input: S, labels?: FieldLabels): ActionSpec<S, O> => (labels ? { input, labels } : { input });

export type ActionTable = Record<string, ActionSpec>;
export type InputOf<A> = A extends ActionSpec<infer S, unknown> ? InferInput<S> : never;
export type ParsedInputOf<A> = A extends ActionSpec<infer S, unknown> ? InferOutput<S> : never;
export type OutputOf<A> = A extends ActionSpec<GenericSchema, infer O> ? O : never;

/** The event every function receives from the client. */
export interface ActionEvent {
  action: string;
  payload?: unknown;
}
