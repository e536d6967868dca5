import { FOLLOW_COLLECTION } from '#types/models/project';
import { db, docOrNull } from '../../_shared/cloud';

export const followId = (openid: string, projectId: string): string => `${openid}:project:${projectId}`;

export async function isFollowing(openid: string | null, projectId: string): Promise<boolean> {
  return openid ? (await docOrNull(db.collection(FOLLOW_COLLECTION).doc(followId(openid, projectId)))) !== null : false;
}
