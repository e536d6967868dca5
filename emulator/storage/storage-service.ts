// Cloud storage on local disk: the SDK's upload metadata / PUT, signed temporary URLs that expire,
// downloads and deletes.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
          url: `${this.publicUrl()}/storage/upload/${encodeURI(path)}?sign=${this.sign(`put:${path}`)}`,
          token: 'local',
          authorization: 'local',
          fileId: FILE_ID_PREFIX + path,
          cosFileId: 'local',
        };
      }
      case 'storage.batchGetDownloadUrl': {
        const files = (Array.isArray(params.file_list) ? params.file_list : []) as { fileid: string; max_age?: number }[];
        return { download_list: files.map((f) => this.tempUrl(f.fileid, f.max_age)) };
      }
      case 'storage.batchDeleteFile': {
        const ids = (Array.isArray(params.fileid_list) ? params.fileid_list : []) as string[];
        return {
          delete_list: ids.map((fileID) => {
            const file = this.fileOf(fileID);
            if (!file || !existsSync(file)) return { fileID, code: 'STORAGE_FILE_NONEXIST' };
            rmSync(file);
            return { fileID, code: 'SUCCESS' };
          }),
        };
      }
      default:
        throw Object.assign(new Error(`unsupported storage action ${action}`), { code: 'INVALID_PARAM' });
    }
  }

  /** Handles PUT /storage/upload/<path>?sign=… from the SDK. */
  upload(path: string, sign: string | null, body: Buffer): boolean {
    const clean = cloudPath(decodeURI(path));
    if (sign !== this.sign(`put:${clean}`)) return false;
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
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }

  /** Handles GET /storage/file/<path>?expires=…&sign=…; undefined when unsigned, expired or missing. */
  download(path: string, expires: string | null, sign: string | null): Buffer | undefined {
    const clean = cloudPath(decodeURI(path));
    if (!expires || Number(expires) < Date.now() || sign !== this.sign(`get:${clean}:${expires}`)) return undefined;
    const file = join(this.root, clean);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  private tempUrl(fileID: string, maxAge = DEFAULT_MAX_AGE_S): Record<string, string | number> {
    const file = this.fileOf(fileID);
    if (!file || !existsSync(file)) return { fileID, tempFileURL: '', maxAge, code: 'STORAGE_FILE_NONEXIST' };
    const path = fileID.slice(FILE_ID_PREFIX.length);
    const expires = String(Date.now() + maxAge * 1000);
    const sign = this.sign(`get:${path}:${expires}`);
    const tempFileURL = `${this.publicUrl()}/storage/file/${path}?expires=${expires}&sign=${sign}`;
    return { fileID, tempFileURL, maxAge, code: 'SUCCESS' };
  }

  private fileOf(fileID: string): string | undefined {
    if (typeof fileID !== 'string' || !fileID.startsWith(FILE_ID_PREFIX)) return undefined;
    return join(this.root, cloudPath(fileID.slice(FILE_ID_PREFIX.length)));
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex').slice(0, 32);
  }
}

/** A cloud path that cannot climb out of the storage folder. */
function cloudPath(value: unknown): string {
  const path = normalize(String(value ?? '')).replace(/^([/\\])+/, '');
  if (!path || path.startsWith('..') || path.includes('\0')) {
    throw Object.assign(new Error('invalid cloud path'), { code: 'INVALID_PARAM' });
  }
  return path;
}
