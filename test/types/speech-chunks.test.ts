import fc from 'fast-check';
import { speechChunks, utf8Bytes } from '#types/text/speech-chunks';

// Property runs are seeded: a run at any hour on any machine tests the same inputs.
fc.configureGlobal({ seed: 20261130 });

describe('speech chunks', () => {
  it('cuts at sentence ends within the byte limit, else after a pause, else at the limit', () => {
    // 。 and Chinese characters are 3 bytes each in UTF-8.
    expect(speechChunks('第一句话。第二句话。第三句。', 30)).toEqual(['第一句话。第二句话。', '第三句。']);
    expect(speechChunks('一二三，四五六七八九十', 18)).toEqual(['一二三，', '四五六七八九', '十']);
    expect(speechChunks('短句。', 1000)).toEqual(['短句。']);
    expect(speechChunks('  \n ', 10)).toEqual([]);
    expect(utf8Bytes('a幺𠀀')).toBe(1 + 3 + 4);
  });

  it('keeps every piece within the limit and loses no character', () => {
    const text = fc.string({ unit: fc.constantFrom('清', '溪', '。', '，', 'a', ' ', '\n', '𠀀'), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 60 }), (t, max) => {
        const chunks = speechChunks(t, max);
        expect(chunks.every((c) => utf8Bytes(c) <= max && c.trim() === c && c !== '')).toBe(true);
        expect(chunks.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
    );
  });
});
