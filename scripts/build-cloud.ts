// Bundles each cloud function (TypeScript + _shared + types) into build/cloudfunctions/<name>/ with
// its config.json and a package.json that pins wx-server-sdk, ready for WeChat DevTools to upload.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
export const FUNCTIONS_SOURCE = join(root, 'cloudfunctions');
export const FUNCTIONS_BUILD = join(root, 'build', 'cloudfunctions');

export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_SOURCE).filter(
    (name) => !name.startsWith('_') && existsSync(join(FUNCTIONS_SOURCE, name, 'index.ts')),
  );
}

export async function buildCloudFunctions(): Promise<string[]> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const sdkVersion = pkg.devDependencies['wx-server-sdk'];
  const names = functionNames();
  rmSync(FUNCTIONS_BUILD, { recursive: true, force: true });
  await Promise.all(
    names.map(async (name) => {
      const out = join(FUNCTIONS_BUILD, name);
      mkdirSync(out, { recursive: true });
      await build({
        entryPoints: [join(FUNCTIONS_SOURCE, name, 'index.ts')],
        outfile: join(out, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        tsconfig: join(root, 'tsconfig.json'),
        sourcemap: false,
        logLevel: 'warning',
      });
      copyFileSync(join(FUNCTIONS_SOURCE, name, 'config.json'), join(out, 'config.json'));
      const manifest = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } };
      writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }),
  );
  return names;
}

if (require.main === module) {
  buildCloudFunctions().then(
    (names) => console.log(`已构建云函数：${names.join(', ')} -> ${FUNCTIONS_BUILD}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
