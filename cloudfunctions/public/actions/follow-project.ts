// WeChat users only; follows (关注) or unfollows a project. The notices feature sends news of it.
import { publicApi } from '#types/api/public';
import { FOLLOW_COLLECTION, PROJECT_COLLECTION } from '#types/models/project';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { followId } from '../queries/follow-id';

export const followProject = defineHandler(publicApi.followProject, 'user', async ({ id, follow }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  if (!(await docOrNull(db.collection(PROJECT_COLLECTION).doc(id)))) throw notFound('项目');
  const ref = db.collection(FOLLOW_COLLECTION).doc(followId(openid, id));
  if (follow) await ref.set({ data: { openid, kind: 'project', targetId: id, at: now } });
  else if (await docOrNull(ref)) await ref.remove();
  return { following: follow };
});
