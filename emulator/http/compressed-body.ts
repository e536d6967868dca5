// Compressed copies of the app's static files: brotli or gzip by what the browser accepts, each file
// compressed once per version (path, size and modification time) and kept in memory.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const BROTLI_QUALITY = 9; // within a few % of 11 at a quarter of the time
const compressors: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 9 }),
};

/** Below this, compression saves less than a packet. */
const MIN_COMPRESSED_SIZE = 1024;

/** Text formats worth compressing (images and fonts are compressed already). */
export const isCompressible = (contentType: string): boolean => /^text\/|javascript|json|svg|xml/.test(contentType);

/** The best encoding the Accept-Encoding header allows, brotli before gzip, or null for the bytes as they are. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const allowed = (name: string): boolean => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (allowed('br')) return 'br';
  if (allowed('gzip') || (weights.get('x-gzip') ?? 0) > 0) return 'gzip';
  return null;
}

interface Stored {
  version: string;
  bytes: Promise<Buffer>;
}

/** One compressed copy per file and encoding; a new version of a file replaces the old copy. */
export class CompressedCache {
  private readonly copies = new Map<string, Stored>();

  /** The bytes to send for `file` at `version`, and their encoding (null when compression would not pay). */
  async get(file: string, version: string, bytes: Buffer, contentType: string, encoding: Encoding | null): Promise<{ body: Buffer; encoding: Encoding | null }> {
    if (!encoding || bytes.length < MIN_COMPRESSED_SIZE || !isCompressible(contentType)) return { body: bytes, encoding: null };
    const key = `${encoding}:${file}`;
    let stored = this.copies.get(key);
    if (stored?.version !== version) {
      stored = { version, bytes: compressors[encoding](bytes) };
      this.copies.set(key, stored);
      stored.bytes.catch(() => this.copies.delete(key));
    }
    return { body: await stored.bytes, encoding };
  }
}
