// The shared input rules on their own: text, calendar days, file ids, payload shape.
import * as v from 'valibot';
import { isoDay, isRealDay } from '#types/api/calendar-day';
import { describeIssues } from '#types/api/describe-issues';
import { holidayYearInput } from '#types/api/holiday-calendar';
import { parseFileId, uploadFileId } from '#types/api/file-id';
import { line, prose, stripRefused } from '#types/api/text-rule';
import { payloadProblem } from '../../cloudfunctions/_shared/plain-payload';

const messageOf = (schema: v.GenericSchema, input: unknown): string | null => {
  const parsed = v.safeParse(v.strictObject({ field: schema }), { field: input });
  return parsed.success ? null : describeIssues(parsed.issues);
};
const valueOf = (schema: v.GenericSchema, input: unknown): unknown => v.parse(schema, input);

describe('the text rule', () => {
  it('drops invisible characters and keeps line breaks as newlines in prose', () => {
    expect(valueOf(prose(100), ' 村\u200B道\uFEFF坏了\r\n请修\u000B谢谢\u2028 ')).toBe('村道坏了\n请修\n谢谢');
  });

  it('folds line breaks and tabs into a space in a one-line field', () => {
    expect(valueOf(line(100), '农村公路\t养护\r\n办法')).toBe('农村公路 养护 办法');
  });

  it.each([['\u0000'], ['\u0007'], ['\u001B[31m'], ['\u009F'], ['\u202E'], ['\u2066'], ['\uD800'], ['\uDC00']])('refuses %j, naming the field', (bad) => {
    expect(messageOf(prose(100), `村道${bad}坏了`)).toBe('「field」含有控制字符、方向控制符或残缺的字符，请删除后重试');
  });

  it('keeps emoji and other characters outside the basic plane whole', () => {
    expect(valueOf(prose(100), '谢谢👍🏻')).toBe('谢谢👍🏻');
  });

  it('cleans text stored outside a schema by the same rule, dropping what it would refuse', () => {
    expect(stripRefused('a\u0000b\u202Ec\uD800d👍\u200Be\r\nf')).toBe('abcd👍e\nf');
  });
});

describe('calendar days', () => {
  it.each([['2026-02-28', true], ['2024-02-29', true], ['2026-02-30', false], ['2025-02-29', false], ['2026-04-31', false], ['2026-13-01', false], ['0099-01-01', false]])('%s is a real day: %s', (day, real) => {
    expect(isRealDay(day)).toBe(real);
  });

  it('refuses an impossible day instead of rolling it into the next month', () => {
    expect(messageOf(isoDay, '2026-02-30')).toBe('「field」不是存在的日期，请检查月份和日');
    expect(messageOf(isoDay, '2026-2-3')).toBe('「field」应为日期，格式如 2026-01-31');
  });

  it('answers a month or day 00 with a message, never an exception (found by the fuzz suite)', () => {
    const year = { year: 2027, holidays: [{ name: '春节', from: '2027-02-06', to: '2027-02-12' }], workdays: ['2027-00-10'], source: '国办发明电〔2026〕1号' };
    expect(v.safeParse(holidayYearInput, year).success).toBe(false);
    expect(isRealDay('2027-00-10')).toBe(false);
  });
});

describe('file ids', () => {
  const env = 'cloud://prod-1a2b.7072-prod-1a2b-1300000000';

  it('reads the area and owner of a well-formed id, nested folders included', () => {
    expect(parseFileId(`${env}/uploads/oAbC_123-xyz/2026/lq3-照片.jpg`)).toEqual({ env: 'prod-1a2b.7072-prod-1a2b-1300000000', area: 'uploads', owner: 'oAbC_123-xyz', path: 'uploads/oAbC_123-xyz/2026/lq3-照片.jpg' });
    expect(parseFileId(`${env}/generated/qr/a.png`)).toMatchObject({ area: 'generated', owner: null });
    expect(parseFileId(`${env}/content/2025/old.pdf`)).toMatchObject({ area: 'content', owner: null });
  });

  it.each([
    [`${env}/a/../../../package.json`],
    [`${env}/uploads/oAbC_123-xyz/..`],
    [`${env}/uploads/oAbC_123-xyz/.hidden`],
    [`${env}/uploads/oAbC_123-xyz/%2e%2e`],
    [`${env}/uploads\\oAbC_123-xyz\\a.jpg`],
    [`${env}/uploads/oAbC_123-xyz/a b.jpg`],
    [`${env}/uploads/oAbC_123-xyz/a\u0000.jpg`],
    [`${env}//uploads/oAbC_123-xyz/a.jpg`],
    [`${env}/uploads/a.jpg`],
    ['cloud://'],
    ['https://evil.example/a.jpg'],
    [`${env}/uploads/oAbC_123-xyz/${'a'.repeat(300)}`],
  ])('refuses %j', (fileId) => {
    expect(parseFileId(fileId)).toBeNull();
  });

  it('takes only uploads as ids to store', () => {
    expect(messageOf(uploadFileId, `${env}/staff/oAbC_123-xyz/a.pdf`)).toBeNull();
    expect(messageOf(uploadFileId, `${env}/generated/a.pdf`)).toBe('「field」不是有效的上传文件，请重新上传');
  });
});

describe('payload shape', () => {
  it('takes a plain object with ordinary keys', () => {
    expect(payloadProblem({ a: [{ b: 'c' }], d: null })).toBeNull();
  });

  it.each([
    [[], '输入应为对象'],
    ['text', '输入应为对象'],
    [null, '输入应为对象'],
    [JSON.parse('{"__proto__": {"x": 1}}'), '不认识的字段「__proto__」'],
    [{ a: [{ constructor: 1 }] }, '不认识的字段「a[0].constructor」'],
    [{ toString: 'x' }, '不认识的字段「toString」'],
    [{ a: { prototype: {} } }, '不认识的字段「a.prototype」'],
    [{ a: new Date(0) }, '「a」应为对象'],
    [{ a: JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`) as unknown }, '输入的层级太深'],
  ])('refuses %j', (payload, message) => {
    expect(payloadProblem(payload)).toBe(message);
  });

  it('keeps a made-up key short and printable in the message', () => {
    expect(payloadProblem({ a: JSON.parse(`{"${'k'.repeat(100)}": {"constructor": 1}}`) })).toBe(`不认识的字段「a.${'k'.repeat(38)}…」`);
    expect(payloadProblem(JSON.parse('{"\\u202e": {"toString": 1}}'))).toBe('不认识的字段「?.toString」');
  });
});
