// Long texts cut into pieces a speech engine takes in one call (WeChat's 同声传译 plugin takes at most
// 1,000 bytes per textToSpeech call; browsers stop long utterances part way), cut at a sentence's end
// where one is near, else after a comma, else at the limit itself.

export const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};

const SENTENCE_END = /[。！？；\n]/;
const PAUSE = /[，、：,;]/;

/** The longest start of `text` within `maxBytes`, ending after a sentence end, else a pause, else anywhere. */
function firstPiece(text: string, maxBytes: number): string {
  const chars = Array.from(text);
  let bytes = 0;
  let fit = 0;
  let sentence = 0;
  let pause = 0;
  for (const ch of chars) {
    bytes += utf8Bytes(ch);
    if (bytes > maxBytes) break;
    fit += 1;
    if (SENTENCE_END.test(ch)) sentence = fit;
    else if (PAUSE.test(ch)) pause = fit;
  }
  if (fit === chars.length) return text;
  return chars.slice(0, sentence || pause || Math.max(fit, 1)).join('');
}

/** Pieces of at most `maxBytes` UTF-8 bytes each, in order, that together are the text (blank pieces dropped). */
export function speechChunks(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest !== '') {
    const piece = firstPiece(rest, maxBytes);
    rest = rest.slice(piece.length);
    if (piece.trim() !== '') chunks.push(piece.trim());
  }
  return chunks;
}
