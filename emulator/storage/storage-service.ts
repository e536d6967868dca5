// Cloud storage on local disk: the SDK's upload metadata / PUT, signed temporary URLs that expire,
// downloads and deletes.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export const FILE_ID_PREFIX = 'cloud://local-env.local-bucket/';
const DEFAULT_MAX_AGE_S = 7200;

type Params = Record<string, unknown>;

export class StorageService {
  private readonly secret = randomBytes(16).toString('hex');

  constructor(
    private readonly root: string,
    private readonly publicUrl: () => string,
  ) {
    mkdirSync(root, { recursive: true });
  }

  handle(action: string, params: Params): unknown {
    switch (action) {
      case 'storage.getUploadMetadata': {
        const path = cloudPath(params.path);
        return {
          url: `${this.publicUrl()}/storage/upload/${encodePath(path)}?sign=${this.sign(`put:${path}`)}`,
          token: 'local',
          authorization: 'local',
          fileId: FILE_ID_PREFIX + path,
          cosFileId: 'local',
        };
      }
      case 'storage.batchGetDownloadUrl': {
        const files = (Array.isArray(params.file_list) ? params.file_list : []) as ({ fileid?: string; max_age?: number } | null)[];
        return { download_list: files.map((f) => this.tempUrl(String(f?.fileid ?? ''), maxAgeOf(f?.max_age))) };
      }
      case 'storage.batchDeleteFile': {
        const ids = (Array.isArray(params.fileid_list) ? params.fileid_list : []) as unknown[];
        return {
          delete_list: ids.map((fileID) => {
            const found = this.stored(fileID);
            if (!found) return { fileID, code: 'STORAGE_FILE_NONEXIST' };
            rmSync(found.file);
            return { fileID, code: 'SUCCESS' };
          }),
        };
      }
      default:
        throw Object.assign(new Error(`unsupported storage action ${action}`), { code: 'INVALID_PARAM' });
    }
  }

  /** Handles PUT /storage/upload/<path>?sign=… from the SDK; false when the path is unsigned or unusable. */
  upload(encodedPath: string, sign: string | null, body: Buffer): boolean {
    const clean = cloudPathFromUrl(encodedPath);
    if (clean === undefined || sign !== this.sign(`put:${clean}`)) return false;
    this.write(clean, body);
    return true;
  }

  /** A browser upload through the gateway (what wx.cloud.uploadFile does in WeChat); returns the fileID. */
  put(path: string, body: Buffer): string {
    const clean = cloudPath(path);
    this.write(clean, body);
    return FILE_ID_PREFIX + clean;
  }

  private write(clean: string, body: Buffer): void {
    const file = join(this.root, clean);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
    } catch {
      // A folder where the file should go, or a file where a folder should: the path is unusable.
      throw invalidPath();
    }
  }

  /** Handles GET /storage/file/<path>?expires=…&sign=…; undefined when unsigned, expired or missing. */
  download(encodedPath: string, expires: string | null, sign: string | null): Buffer | undefined {
    const clean = cloudPathFromUrl(encodedPath);
    if (clean === undefined || !expires || Number(expires) < Date.now() || sign !== this.sign(`get:${clean}:${expires}`)) return undefined;
    const file = join(this.root, clean);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  }

  private tempUrl(fileID: string, maxAge = DEFAULT_MAX_AGE_S): Record<string, string | number> {
    const found = this.stored(fileID);
    if (!found) return { fileID, tempFileURL: '', maxAge, code: 'STORAGE_FILE_NONEXIST' };
    const { path } = found;
    const expires = String(Date.now() + maxAge * 1000);
    const sign = this.sign(`get:${path}:${expires}`);
    const tempFileURL = `${this.publicUrl()}/storage/file/${encodePath(path)}?expires=${expires}&sign=${sign}`;
    return { fileID, tempFileURL, maxAge, code: 'SUCCESS' };
  }

  /** The stored file a fileID names, if there is one. */
  private stored(fileID: unknown): { path: string; file: string } | undefined {
    if (typeof fileID !== 'string' || !fileID.startsWith(FILE_ID_PREFIX)) return undefined;
    const path = validCloudPath(fileID.slice(FILE_ID_PREFIX.length));
    const file = path === undefined ? undefined : join(this.root, path);
    return path && file && existsSync(file) && statSync(file).isFile() ? { path, file } : undefined;
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex').slice(0, 32);
  }
}

const invalidPath = (): Error => Object.assign(new Error('invalid cloud path'), { code: 'INVALID_PARAM' });

/** A cloud path that cannot climb out of the storage folder and names a file, not a folder. */
export function cloudPath(value: unknown): string {
  const path = normalize(String(value ?? '')).replace(/^([/\\])+/, '');
  if (!path || path === '.' || path.startsWith('..') || path.endsWith('/') || path.includes('\0')) throw invalidPath();
  return path;
}

function validCloudPath(value: unknown): string | undefined {
  try {
    return cloudPath(value);
  } catch {
    return undefined;
  }
}

/** The cloud path in a storage URL (each segment percent-encoded); undefined when malformed. */
function cloudPathFromUrl(encoded: string): string | undefined {
  try {
    return validCloudPath(decodeURIComponent(encoded));
  } catch {
    return undefined;
  }
}

const maxAgeOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');
