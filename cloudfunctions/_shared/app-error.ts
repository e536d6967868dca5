// A failure an action means to report: its code reaches the caller with a Chinese message.
import type { ErrorCode } from '#types/result';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const invalidArgument = (message: string): AppError => new AppError('INVALID_ARGUMENT', message);
export const unauthenticated = (): AppError => new AppError('UNAUTHENTICATED', '请在微信中打开后再操作');
export const permissionDenied = (): AppError => new AppError('PERMISSION_DENIED', '没有权限执行此操作');
export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what}不存在或已删除`);
export const failedPrecondition = (message: string): AppError => new AppError('FAILED_PRECONDITION', message);
