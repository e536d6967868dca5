// A natural person's name as the public sees it: the surname and ** (张三丰 -> 张**). A name already
// masked that way (starts with a character, then only *) is kept as written.
const MASKED = /^[^*\s]{1,2}\*+$/;

export const isMaskedName = (name: string): boolean => MASKED.test(name);

export const maskName = (name: string): string => (isMaskedName(name) ? name : `${Array.from(name)[0] ?? ''}**`);
