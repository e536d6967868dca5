// The 保密审查 a publishing step carries: the basis in words and the conclusion. Optional in the schema so
// that its absence gets the one clear message (CONFIDENTIALITY_REQUIRED) from the function.
import * as v from 'valibot';
import { CONFIDENTIALITY_RESULTS } from '../models/confidentiality';
import { prose } from './text-rule';

export const confidentialityInput = v.optional(v.strictObject({ basis: prose(300, 4), result: v.picklist(CONFIDENTIALITY_RESULTS) }));

export const CONFIDENTIALITY_LABELS = { confidentiality: '保密审查', 'confidentiality.basis': '保密审查依据', 'confidentiality.result': '保密审查结论' };
