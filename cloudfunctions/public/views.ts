// Published documents as citizens receive them: dates as strings, nothing internal.
import type { GlossaryTerm, PolicyListItem, QaItem } from '#types/api/policy-views';
import type { PolicyDoc, QaDoc, TermDoc } from '#types/models/policy';

export const toPolicyListItem = (p: PolicyDoc): PolicyListItem => ({
  id: p._id,
  title: p.title,
  docNumber: p.docNumber,
  issuer: p.issuer,
  level: p.level,
  category: p.category,
  status: p.status,
  lifecycle: p.lifecycle,
  issuedAt: p.issuedAt.toISOString(),
  summary: p.summary,
});

export const toQaItem = (q: QaDoc): QaItem => ({
  id: q._id,
  policyId: q.policyId,
  topic: q.topic,
  question: q.question,
  answer: q.answer,
  votes: q.votes,
});

export const toTerm = (t: TermDoc): GlossaryTerm => ({ id: t._id, term: t.term, aliases: t.aliases, plain: t.plain });
