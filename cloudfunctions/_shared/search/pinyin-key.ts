// The sound of a Chinese character as a search key: toneless pinyin, with the distinctions many
// speakers blur folded together (zh/z, ch/c, sh/s, n/l, -ng/-n), so a homophone or near-homophone
// typed by mistake (架驶员 for 驾驶员, 经老卡 for 敬老卡) still meets the word it was meant to be.
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, string>();

function fold(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^l/, 'n')
    .replace(/(?<=[aeio])ng$/, 'n')
    .replace(/v/g, 'u');
}

/** The folded toneless syllable of one character; the character itself when it has no reading. */
export function soundOf(ch: string): string {
  let key = cache.get(ch);
  if (key === undefined) {
    const [syllable] = pinyin(ch, { toneType: 'none', type: 'array', v: true });
    key = syllable && /^[a-z]+$/.test(syllable) ? fold(syllable) : ch;
    cache.set(ch, key);
  }
  return key;
}
