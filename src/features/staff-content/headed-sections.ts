// Text in parts, each starting with a "## 标题" line, as staff type it for a consultation's draft or the
// disclosure guide's sections; and back.

export function parseHeadedSections(text: string): { heading: string; text: string }[] {
  return text.split(/^##\s*/m).map((part) => part.trim()).filter(Boolean).map((part) => {
    const [heading = '', ...rest] = part.split('\n');
    return { heading: heading.trim(), text: rest.join('\n').trim() };
  });
}

export const headedSectionsText = (sections: { heading: string; text: string }[] | undefined): string => (sections ?? []).map((x) => `## ${x.heading}\n${x.text}`).join('\n\n');
