// Why a person cannot register for a meeting right now (null: they may), in words they understand.
import type { ConsultationDoc } from '#types/models/consultation';
import type { MeetingDoc } from '#types/models/meeting';
import { AppError, failedPrecondition, notFound } from '../app-error';

export const SEATS_FULL = '名额已满';
export const seatsFull = (): AppError => new AppError('RESOURCE_EXHAUSTED', SEATS_FULL);

export function registrationRefusal(m: MeetingDoc, c: ConsultationDoc, now: Date): AppError | null {
  if (c.lifecycle !== 'published') return notFound('意见征集');
  if (m.status === 'cancelled') return failedPrecondition(`这场会已取消${m.cancelReason ? `：${m.cancelReason}` : ''}`);
  if (m.startsAt <= now) return failedPrecondition('这场会已经开始，不能再报名');
  if (m.registration === 'phone') return failedPrecondition(`这场会请打电话报名：${m.phone}`);
  return null;
}
