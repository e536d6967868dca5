// WeChat's own Linux compilers from the miniprogram-compiler package: wcc (WXML + WXS) and wcsc (WXSS),
// spawned directly so that the exit code and stderr decide (the package's JS wrapper hands back an Error
// object for a WXSS failure instead of throwing). The binaries ship without the exec bit: a copy in the
// temp folder gets it.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE_DIR = join(require.resolve('miniprogram-compiler/package.json'), '..');
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;

export interface CompileOutcome {
  ok: boolean;
  /** The compiler's own message on failure, e.g. "pages/x/index.wxml:4:3: expect end-tag `view`., near `text`". */
  stderr: string;
  stdout: string;
}

function executable(name: 'wcc' | 'wcsc'): string {
  if (process.platform !== 'linux') throw new Error('the WXML/WXSS checks run the Linux builds of wcc and wcsc');
  const dir = join(tmpdir(), `miniprogram-compiler-${VERSION}`);
  const target = join(dir, name);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    // Copy then rename: jest workers may race here, and a half-copied binary must never be run.
    const partial = `${target}.${process.pid}`;
    copyFileSync(join(PACKAGE_DIR, 'bin', 'linux', name), partial);
    chmodSync(partial, 0o755);
    renameSync(partial, target);
  }
  return target;
}

function run(name: 'wcc' | 'wcsc', args: string[], cwd: string): CompileOutcome {
  const result = spawnSync(executable(name), args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  const stderr = result.stderr.toString('utf8').trim();
  const stdout = result.stdout.toString('utf8');
  // wcsc reports some failures on stderr with status 0 ("ERR: …"), so both must be clean.
  return { ok: result.status === 0 && !/\bERR\b|error/i.test(stderr), stderr, stdout };
}

/**
 * Compiles WXML and WXS files (paths relative to root, as the app refers to them) into one `$gwx`
 * function, as the WeChat client does. `components` maps a WXML file to the custom tags it uses.
 */
export function compileWxml(root: string, wxml: string[], wxs: string[], components: Record<string, string[]> = {}): CompileOutcome {
  const entries = Object.entries(components).filter(([, tags]) => tags.length > 0);
  const componentArg = [String(entries.length), ...entries.flatMap(([file, tags]) => [file, String(tags.length), ...tags])].join(' ');
  return run('wcc', ['-d', '-cc', componentArg, ...wxml, ...wxs, '-gn', '$gwx'], root);
}

/** Compiles WXSS files (relative to root); `pageCount` files at the start are page/component styles. */
export function compileWxss(root: string, wxss: string[], pageCount = 0): CompileOutcome {
  return run('wcsc', ['-db', '-pc', String(pageCount), ...wxss], root);
}
