// Where the local product keeps its things.
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const DATA_DIR = join(ROOT, '.data');
export const DB_FILE = join(DATA_DIR, 'cloud.sqlite');
export const STORAGE_DIR = join(DATA_DIR, 'storage');
/** The running local cloud's SDK URL (it holds the admin secret): written by npm start, for scripts. */
export const ADMIN_URL_FILE = join(DATA_DIR, 'admin-url');
export const H5_DIR = join(ROOT, 'dist', 'h5');
export const DEFAULT_PORT = Number(process.env.PORT ?? 8787);
