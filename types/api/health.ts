// What a deployed function says about its own configuration, for the post-deploy smoke test.
import * as v from 'valibot';
import type { TemplateIdsState } from '#types/models/operations';
import { defineAction } from './action';

export interface HealthView {
  templateIds: TemplateIdsState;
  /** The time limit and memory the platform gave this function (null where it did not say). */
  limits: AppliedLimits;
}

export interface AppliedLimits {
  timeoutS: number | null;
  memoryMb: number | null;
}

export const healthApi = {
  /** Anyone: whether this function was deployed with the subscription template ids (no ids are returned). */
  checkHealth: defineAction<HealthView>()(v.strictObject({})),
};
