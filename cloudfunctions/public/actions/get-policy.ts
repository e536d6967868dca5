// Anyone may call; one policy with its explainer, the first page of its original, Q&A and history,
// and the glossary terms it uses. Withdrawn and superseded policies still open, with their banner.
import { publicApi } from '#types/api/public';
import { blockText } from '#types/models/content';
import { POLICY_COLLECTION, TERM_COLLECTION, type PolicyDoc, type TermDoc } from '#types/models/policy';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { bodyPage } from '../queries/body-page';
import { fileUrls } from '../../_shared/file-urls';
import { historyPage } from '../queries/history-page';
import { myVote } from '../queries/my-vote';
import { qaPage } from '../queries/qa-page';
import { toPolicyListItem, toTerm } from '../views';

const FIRST_QAS = 5;
const FIRST_HISTORY = 5;

async function titleOf(id: string | null): Promise<{ id: string; title: string } | null> {
  if (!id) return null;
  const doc = await docOrNull<PolicyDoc>(db.collection(POLICY_COLLECTION).doc(id));
  return doc ? { id, title: doc.title } : null;
}

export const getPolicy = defineHandler(publicApi.getPolicy, 'anyone', async ({ id }, { caller }) => {
  const p = await docOrNull<PolicyDoc>(db.collection(POLICY_COLLECTION).doc(id));
  if (!p) throw notFound('政策');
  const text = [p.title, p.summary, JSON.stringify(p.explainer ?? ''), ...p.body.map(blockText)].join('\n');
  const [successor, replaced, terms, qas, history, urls, me] = await Promise.all([
    titleOf(p.supersededBy),
    titleOf(p.replaces),
    docsOf<TermDoc>(db.collection(TERM_COLLECTION).where({ lifecycle: 'published' }).limit(1000)),
    qaPage({ policyId: id }, undefined, FIRST_QAS),
    historyPage('policy', id, undefined, FIRST_HISTORY),
    fileUrls([...p.attachments.map((a) => a.fileId), ...(p.explainer?.images ?? []).map((i) => i.fileId)]),
    caller(),
  ]);
  const { blocks, nextFrom } = bodyPage(p.body, 0);
  return {
    ...toPolicyListItem(p),
    tags: p.tags,
    effectiveAt: p.effectiveAt?.toISOString() ?? null,
    expiresAt: p.expiresAt?.toISOString() ?? null,
    lifecycleNote: p.lifecycleNote,
    successor,
    replaced,
    explainer: p.explainer && { ...p.explainer, images: p.explainer.images.map((i) => ({ url: urls.get(i.fileId) ?? null, caption: i.caption })) },
    body: blocks,
    bodyNextFrom: nextFrom,
    attachments: p.attachments.map((a) => ({ name: a.name, url: urls.get(a.fileId) ?? null })),
    votes: p.votes,
    myVote: await myVote('policy', id, me.openid),
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    terms: terms.filter((t) => [t.term, ...t.aliases].some((w) => text.includes(w))).map(toTerm),
    qas,
    history,
  };
});
