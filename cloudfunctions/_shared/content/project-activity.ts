// What a published progress update or inspection does to its project: an update moves milestones
// (never backwards without a reason) and the rolled-up percent; both mark the project as updated,
// add a line to its history and put the news on the home feed.
import { FEED_COLLECTION } from '#types/models/feed';
import { PROJECT_COLLECTION, type ProjectDoc, type ProjectUpdateContent, rolledUpPercent } from '#types/models/project';
import { invalidArgument, notFound } from '../app-error';
import { docOrNull, type Tx } from '../cloud';
import { addHistory } from './history';

export async function requireProject(tx: Tx, projectId: string): Promise<ProjectDoc> {
  const project = await docOrNull<ProjectDoc>(tx.collection(PROJECT_COLLECTION).doc(projectId));
  if (!project) throw notFound('项目');
  return project;
}

export async function checkProjectUpdate(tx: Tx, content: Record<string, unknown>): Promise<void> {
  const update = content as unknown as ProjectUpdateContent;
  const project = await requireProject(tx, update.projectId);
  for (const change of update.milestones) {
    const current = project.milestones.find((m) => m.name === change.name);
    if (!current) throw invalidArgument(`项目没有名为「${change.name}」的节点`);
    if (change.percent < current.percent && !update.reason) throw invalidArgument(`「${change.name}」的进度比上次低，请写明原因`);
  }
}

export async function applyProjectActivity(tx: Tx, doc: Record<string, unknown> & { _id: string }, now: Date): Promise<void> {
  const projectId = String(doc.projectId);
  const project = await requireProject(tx, projectId);
  const isUpdate = Array.isArray(doc.milestones);
  const changes = isUpdate ? (doc.milestones as ProjectUpdateContent['milestones']) : [];
  const milestones = project.milestones.map((m) => {
    const change = changes.find((c) => c.name === m.name);
    return change ? { ...m, percent: change.percent, actualAt: change.percent === 100 && !m.actualAt ? now : m.actualAt } : m;
  });
  const percent = rolledUpPercent(milestones);
  await tx.collection(PROJECT_COLLECTION).doc(projectId).update({ data: { milestones, percent, lastUpdateAt: now } });
  // Only an update that moved a milestone says the overall percent: a text-only one (an imported past
  // one above all) would otherwise carry today's percent into its line of the history.
  const moved = changes.length > 0;
  const text = String(doc.text ?? '');
  const note = !isUpdate ? '新增质量安全检查记录' : moved ? `发布进展：总体进度 ${percent}%` : `发布进展：${text.length > 24 ? `${text.slice(0, 24)}…` : text}`;
  await addHistory(tx, 'project', projectId, project.version, note, now);
  const summary = isUpdate ? text.slice(0, 80) : '新增一条质量安全监督检查记录';
  await tx.collection(FEED_COLLECTION).doc(`${isUpdate ? 'projectUpdate' : 'inspection'}-${doc._id}`).set({
    data: { kind: 'project', refId: projectId, title: `${project.name}：${!isUpdate ? '质量检查' : moved ? `进度 ${percent}%` : '新进展'}`, summary, publishedAt: now },
  });
}
