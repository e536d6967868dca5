// The visible-comment counts a consultation keeps (in total and per part), moved with each comment
// shown or hidden, so its page never has to count comments.
import { CONSULTATION_COLLECTION } from '#types/models/consultation';
import { _, type Tx } from '../cloud';

export async function countComment(tx: Tx, consultationId: string, section: number, delta: number): Promise<void> {
  await tx.collection(CONSULTATION_COLLECTION).doc(consultationId).update({ data: { commentCount: _.inc(delta), [`sectionComments.s${section}`]: _.inc(delta) } });
}
