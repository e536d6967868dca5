/** Parts (a title, a summary, each point) joined into one text to read, each ending in a full stop. */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/[。！？；：…]$/.test(part) ? part : `${part.replace(/[，、,;]+$/, '')}。`))
    .join('');
}
