// What a caller may store as a file reference: their own uploads (`uploads/<their OPENID>/…`) and,
// for staff, the bureau's uploads (`staff/<any staff OPENID>/…`, so colleagues can carry each
// other's attachments into a new revision). Never someone else's upload, never a `generated/` file
// (functions store those themselves), never an id that is not well formed.
import { parseFileId } from '#types/api/file-id';
import { AppError } from '../app-error';
import type { Caller } from '../caller';

export interface Attacher {
  openid: string | null;
  /** Any staff role. */
  staff: boolean;
}

export const attacherOf = (caller: Caller): Attacher => ({ openid: caller.openid, staff: caller.roles.length > 0 });

export function mayAttach(fileId: string, who: Attacher): boolean {
  const ref = parseFileId(fileId);
  if (!ref || !who.openid) return false;
  if (ref.area === 'uploads') return ref.owner === who.openid;
  if (ref.area === 'staff') return who.staff;
  return false;
}

/**
 * The folder this caller uploads into, so that what they upload is theirs to attach: `staff/<OPENID>`
 * for staff, `uploads/<OPENID>` for everyone else signed in; null for someone not signed in.
 */
export function uploadFolderOf(who: Attacher): string | null {
  if (!who.openid) return null;
  return `${who.staff ? 'staff' : 'uploads'}/${who.openid}`;
}

/** Throws unless every id is one the caller may attach. */
export function requireAttachable(fileIds: Iterable<string>, who: Attacher): void {
  for (const fileId of fileIds) {
    if (!mayAttach(fileId, who)) throw new AppError('PERMISSION_DENIED', '只能使用自己上传的文件，请重新上传后再提交');
  }
}

/** Every string in a validated value that is a file id (content stores them in several fields). */
export function fileIdsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('cloud://') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(fileIdsIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(fileIdsIn);
  return [];
}
