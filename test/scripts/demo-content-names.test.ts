import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : /\.tsx?$/.test(path) ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('demo content', () => {
  it('sends people only to places the app has, by the names the app shows', () => {
    const demo = readFileSync(join(root, 'scripts/demo/demo-content.json'), 'utf8');
    const src = sourceText(join(root, 'src'));
    const places = [...demo.matchAll(/本小程序“([^”]+)”/g)].map((m) => m[1]!);
    const mine = [...demo.matchAll(/“我的 > ([^”]+)”/g)].map((m) => m[1]!);
    expect(places.length + mine.length).toBeGreaterThan(0);
    // Shown as a label ('我要提问') or a button's text (>通知设置<), not merely inside a longer phrase.
    for (const name of [...places, ...mine]) expect({ name, inApp: new RegExp(`['>\\s]${name}['<\\s]`).test(src) }).toEqual({ name, inApp: true });
  });
});
