// The 保密审查 the demo data is published with: it is invented for a county that does not exist.
import type { ConfidentialityCheck } from '#types/models/confidentiality';

export const DEMO_CONFIDENTIALITY = { basis: '演示数据：虚构的清溪县内容，经审查不涉及国家秘密、工作秘密和个人隐私', result: 'not_secret' } as const;

export const demoCheck = (by: string, at: Date): ConfidentialityCheck => ({ ...DEMO_CONFIDENTIALITY, by, at });
