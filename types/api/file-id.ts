// Cloud file ids (`cloud://<env>/<path>`) as the service stores them. Where a file may live:
// - `uploads/<OPENID>/<name>`: a person's own upload from the mini-program or the browser;
// - `staff/<OPENID>/<name>`: a staff member's upload (documents and photos the bureau publishes);
// - `generated/…`: files the functions make themselves; only functions write there.
// A well-formed id has no `..`, `%`, backslash, space or control character, so it names exactly
// one file and cannot climb out of its folder; what is stored must also be a caller's upload.
import * as v from 'valibot';
import { fieldCheck } from './field-check';

export const FILE_AREAS = ['uploads', 'staff', 'generated'] as const;
export type FileArea = (typeof FILE_AREAS)[number];

export interface FileRef {
  env: string;
  /** `uploads`, `staff`, `generated`, or another top folder (files stored before the areas existed). */
  area: string;
  /** The OPENID folder of an upload (`uploads/` and `staff/`); null elsewhere. */
  owner: string | null;
  path: string;
}

export const FILE_ID_MAX = 300;
const ENV = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// A path segment: letters, digits, CJK, '_', '-', '.', never starting with a dot (so never '.' or '..').
const SEGMENT = /^[A-Za-z0-9_\u4e00-\u9fff-][A-Za-z0-9_.\u4e00-\u9fff-]{0,119}$/;
const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

/** The parts of a well-formed file id, or null. */
export function parseFileId(fileId: unknown): FileRef | null {
  if (typeof fileId !== 'string' || fileId.length > FILE_ID_MAX || !fileId.startsWith('cloud://')) return null;
  const [env = '', ...segments] = fileId.slice('cloud://'.length).split('/');
  if (!ENV.test(env) || segments.length < 2 || !segments.every((s) => SEGMENT.test(s))) return null;
  const area = segments[0] as string;
  const owned = area === 'uploads' || area === 'staff';
  if (owned && (segments.length < 3 || !OPENID.test(segments[1] as string))) return null;
  return { env, area, owner: owned ? (segments[1] as string) : null, path: segments.join('/') };
}

/** Whether the id is one a caller can have uploaded: `uploads/<OPENID>/<name>` or `staff/<OPENID>/<name>`. */
export const isUploadFileId = (fileId: string): boolean => parseFileId(fileId)?.owner != null;

/** A file id a caller sends to be stored; whose upload it must be is checked by the action. */
export const uploadFileId = v.pipe(v.string(), v.maxLength(FILE_ID_MAX), fieldCheck(isUploadFileId, '不是有效的上传文件，请重新上传'));
