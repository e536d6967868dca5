// Every document a query matches, read 1,000 at a time (the most one get() returns on the server).
import { docsOf } from './cloud';

const PAGE = 1000;

export async function allDocs<T>(pageAt: (offset: number, limit: number) => { get(): unknown }): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await docsOf<T>(pageAt(offset, PAGE));
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}
