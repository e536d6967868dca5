// A service guide's lists as editable lines: materials, steps and places, one per line, cells split by "|".
type Form = Record<string, string>;

const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string): string[] => line.split('|').map((c) => c.trim());
const days = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function serviceContent(f: (name: string) => string): unknown {
  return {
    name: f('name'), kind: f('kind'), summary: f('summary'), basis: f('basis'), eligibility: f('eligibility'), fees: f('fees'), hotline: f('hotline'),
    lifeEvents: f('lifeEvents').split(/[,，、]/).map((e) => e.trim()).filter(Boolean),
    materials: lines(f('materials')).map((l) => { const [name = '', note = '', need = ''] = cells(l); return { name, note, required: need !== '选填' }; }),
    steps: lines(f('steps')).map((l) => { const [title = '', detail = ''] = cells(l); return { title, detail }; }),
    places: lines(f('places')).map((l) => { const [name = '', address = '', hours = '', phone = ''] = cells(l); return { name, address, hours, phone }; }),
    statutoryDays: days(f('statutoryDays')), promisedDays: days(f('promisedDays')), onlineUrl: f('onlineUrl') || null,
    basisPolicyIds: lines(f('basisPolicyIds')), itemCode: f('itemCode').trim(),
  };
}

export function serviceForm(content: Record<string, unknown>, s: (x: unknown) => string): Form {
  const rows = <T,>(list: unknown, row: (item: T) => unknown[]): string => ((list as T[] | undefined) ?? []).map((item) => row(item).map(s).join('|')).join('\n');
  return {
    name: s(content.name), kind: s(content.kind), summary: s(content.summary), basis: s(content.basis), eligibility: s(content.eligibility),
    fees: s(content.fees), hotline: s(content.hotline), itemCode: s(content.itemCode), onlineUrl: s(content.onlineUrl), statutoryDays: s(content.statutoryDays), promisedDays: s(content.promisedDays),
    lifeEvents: ((content.lifeEvents as string[] | undefined) ?? []).join('、'),
    basisPolicyIds: ((content.basisPolicyIds as string[] | undefined) ?? []).join('\n'),
    materials: rows<{ name: string; note: string; required: boolean }>(content.materials, (m) => [m.name, m.note, m.required ? '必需' : '选填']),
    steps: rows<{ title: string; detail: string }>(content.steps, (t) => [t.title, t.detail]),
    places: rows<{ name: string; address: string; hours: string; phone: string }>(content.places, (p) => [p.name, p.address, p.hours, p.phone]),
  };
}
