// The staff editor's township and village pickers, and the admin's township form.
import type { TownshipView } from '#types/api/places';
import { placeOptions } from '@/features/places';
import { checkTownshipForm, emptyTownshipForm, townshipFormOf, townshipInputOf } from '@/features/staff-places/township-form';

const LIST: TownshipView[] = [
  { id: 't1', name: '城关镇', order: 1, retired: false, villages: [{ name: '园前村', retired: false }] },
  { id: 't2', name: '石门乡', order: 2, retired: false, villages: [{ name: '石门村', retired: false }, { name: '黄泥村', retired: true }] },
  { id: 't3', name: '老街乡', order: 3, retired: true, villages: [] },
];

describe('place pickers in the staff editor', () => {
  it('offers the whole county, then the townships in use; a project stores 全县, a notice nothing', () => {
    expect(placeOptions(LIST, { part: 'township', countyValue: '全县' }, {})).toEqual({ 全县: '全县', 城关镇: '城关镇', 石门乡: '石门乡' });
    expect(placeOptions(LIST, { part: 'township', countyValue: '' }, {})).toEqual({ '': '全县', 城关镇: '城关镇', 石门乡: '石门乡' });
  });

  it('offers the chosen township’s villages in use, and nothing before a township is chosen', () => {
    expect(placeOptions(LIST, { part: 'village', countyValue: '' }, { township: '石门乡' })).toEqual({ '': '全乡镇（不限村）', 石门村: '石门村' });
    expect(placeOptions(LIST, { part: 'village', countyValue: '' }, { township: '' })).toEqual({ '': '先选乡镇' });
  });

  it('keeps a value an old item holds that the list no longer offers, marked', () => {
    expect(placeOptions(LIST, { part: 'township', countyValue: '全县' }, { township: '老街乡' })).toMatchObject({ 老街乡: '老街乡（已撤并或不在名单中）' });
    expect(placeOptions(LIST, { part: 'village', countyValue: '' }, { township: '石门乡', village: '黄泥村' })).toMatchObject({ 黄泥村: '黄泥村（已撤并或不在名单中）' });
  });
});

describe('the admin’s township form', () => {
  it('reads villages one a line or separated by 、, in use and merged apart, and back', () => {
    const form = { ...emptyTownshipForm('town-x', 6), name: ' 青山乡 ', villages: '青山村、塘背村\n\n坑口村', retiredVillages: '老屋村' };
    expect(townshipInputOf(form)).toEqual({
      id: 'town-x', name: '青山乡', order: 6, retired: false,
      villages: [{ name: '青山村', retired: false }, { name: '塘背村', retired: false }, { name: '坑口村', retired: false }, { name: '老屋村', retired: true }],
    });
    expect(townshipFormOf(LIST[1] as TownshipView)).toEqual({ id: 't2', name: '石门乡', order: '2', retired: false, villages: '石门村', retiredVillages: '黄泥村' });
  });

  it('says what is wrong in the function’s words, fields named in Chinese', () => {
    const form = { ...emptyTownshipForm('town-x', 6), name: '青山乡' };
    expect(checkTownshipForm({ ...form, villages: '青山村\nQingshan' })).toEqual({ problem: '「村名（第 2 项）」只能填汉字' });
    expect(checkTownshipForm({ ...form, villages: '青山村', retiredVillages: '青山村' })).toEqual({ problem: '村名「青山村」重复了' });
    expect(checkTownshipForm({ ...form, name: '' })).toEqual({ problem: '「乡镇名称」至少 2 个字' });
    expect(checkTownshipForm({ ...form, order: '第一' })).toEqual({ problem: '「排序」应为数字' });
    expect(checkTownshipForm({ ...form, villages: '青山村' })).toMatchObject({ input: { name: '青山乡', villages: [{ name: '青山村', retired: false }] } });
  });
});
