// Where the weapp build lives and what it is built from.
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const WEAPP_DIR = join(ROOT, 'dist', 'weapp');
/** Written after a successful build; its time says how fresh dist/weapp is (a half-written dist has none). */
export const BUILD_STAMP = join(ROOT, 'dist', '.weapp-built');
/** Everything `taro build --type weapp` reads from this repository. */
export const BUILD_INPUTS = ['src', 'types', 'config', 'babel.config.js', 'package-lock.json', 'project.config.json', 'tsconfig.json', '.env', '.env.production', '.env.development'].map((p) => join(ROOT, p));
