// The 保密审查 of a publishing step, as stored: what the approver gave (basis, conclusion) with who and
// when. Without one nothing is published: the step is refused with the one clear message.
import { CONFIDENTIALITY_REQUIRED, type ConfidentialityCheck } from '#types/models/confidentiality';
import { invalidArgument } from './app-error';

export function confidentialityCheck(given: Pick<ConfidentialityCheck, 'basis' | 'result'> | undefined, by: string, at: Date): ConfidentialityCheck {
  if (!given) throw invalidArgument(CONFIDENTIALITY_REQUIRED);
  return { basis: given.basis, result: given.result, by, at };
}
