import type { PolicyView } from '#types/api/policy-views';

/** What 朗读 reads of a policy's explainer, in the order the page shows it; empty when there is none yet. */
export function explainerScript(policy: PolicyView): string[] {
  const e = policy.explainer;
  if (!e) return [];
  return [
    policy.title,
    `一句话看懂：${policy.summary}`,
    ...e.keyPoints.map((point, i) => `要点第${i + 1}条：${point}`),
    ...e.changesForYou.map((point) => `和你有什么关系：${point}`),
    ...e.differences.flatMap((d) => [`以前：${d.before}`, `现在：${d.after}`]),
  ];
}
