import { act, render, screen, within } from '@testing-library/react';
import type { TableBlock } from '#types/models/content';
import { useDisplayStore } from '@/features/display/stores/display-store';
import { BodyTable } from '@/features/policies/components/body-table';

const part: TableBlock = {
  kind: 'table',
  rows: [
    { header: true, cells: ['序号', '违法行为', '违法情节', '处罚标准'] },
    { cells: ['一、道路运输类', null, null, null] },
    { cells: ['1', '未取得经营许可擅自经营', '轻微', '处1万元以上2万元以下罚款'] },
    { cells: ['1', '未取得经营许可擅自经营', '严重', '处5万元以上10万元以下罚款'] },
    { cells: ['2', '现场照片', '［图片］', null] },
  ],
};

beforeEach(() => {
  window.localStorage.clear();
  act(() => useDisplayStore.setState({ elderChoice: false }));
});

describe('a table of a policy original', () => {
  it('shows a grid: the header row, a section row across the table, and the rows as written', () => {
    render(<BodyTable block={part} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['序号', '违法行为', '违法情节', '处罚标准']);
    expect(within(rows[1] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['一、道路运输类']);
    expect(within(rows[3] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '未取得经营许可擅自经营', '严重', '处5万元以上10万元以下罚款']);
    expect(within(rows[4] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '现场照片', '［图片］']);
    expect(screen.queryByText('（续表）')).toBeNull();
  });

  it('in elder mode shows each row as a card of "表头：内容" lines, section rows as titles', () => {
    act(() => useDisplayStore.setState({ elderChoice: true }));
    render(<BodyTable block={{ ...part, continued: true }} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('（续表）')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      '一、道路运输类',
      '序号：1违法行为：未取得经营许可擅自经营违法情节：轻微处罚标准：处1万元以上2万元以下罚款',
      '序号：1违法行为：未取得经营许可擅自经营违法情节：严重处罚标准：处5万元以上10万元以下罚款',
      '序号：2违法行为：现场照片［图片］',
    ]);
  });

  it('in elder mode reads a two-column table without a header as "名称：内容"', () => {
    act(() => useDisplayStore.setState({ elderChoice: true }));
    render(<BodyTable block={{ kind: 'table', rows: [{ cells: ['单位名称', '清溪县交通运输局'] }, { cells: ['地址', '人民路1号'] }] }} />);
    expect(screen.getAllByRole('listitem').map((i) => i.textContent)).toEqual(['单位名称：清溪县交通运输局', '地址：人民路1号']);
  });
});
