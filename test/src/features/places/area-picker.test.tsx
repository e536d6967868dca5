// 通知设置's 关心哪里: places are picked from the county's list, township first, never typed.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { TownshipView } from '#types/api/places';
import { AreaPicker } from '@/features/places';

const LIST: TownshipView[] = [
  { id: 't1', name: '城关镇', order: 1, retired: false, villages: [{ name: '园前村', retired: false }] },
  { id: 't2', name: '石门乡', order: 2, retired: false, villages: [{ name: '石门村', retired: false }, { name: '上坪村', retired: false }, { name: '黄泥村', retired: true }] },
  { id: 't3', name: '老街乡', order: 3, retired: true, villages: [{ name: '老街村', retired: false }] },
];

function Harness({ initial, said }: { initial: string[]; said: string[] }) {
  const [areas, setAreas] = useState(initial);
  return (
    <>
      <AreaPicker townships={LIST} areas={areas} onChange={setAreas} say={(t) => said.push(t)} />
      <output data-testid="areas">{areas.join(',')}</output>
    </>
  );
}

const areas = () => screen.getByTestId('areas').textContent;
const buttons = (name: string) => screen.getAllByRole('button', { name });

describe('AreaPicker', () => {
  it('has no text box: a village is chosen by tapping its township, then its name', () => {
    render(<Harness initial={[]} said={[]} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    // The second 石门乡 button opens its villages; the first chooses the whole township.
    fireEvent.click(buttons('石门乡')[1] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: '石门村' }));
    expect(areas()).toBe('石门乡/石门村');
    expect(screen.getByText('已选：石门乡石门村')).toBeTruthy();
    fireEvent.click(buttons('城关镇')[0] as HTMLElement);
    expect(areas()).toBe('石门乡/石门村,城关镇');
    fireEvent.click(screen.getByRole('button', { name: '全县' }));
    expect(areas()).toBe('');
  });

  it('offers no merged (已撤并) township or village', () => {
    render(<Harness initial={[]} said={[]} />);
    expect(screen.queryByRole('button', { name: '老街乡' })).toBeNull();
    fireEvent.click(buttons('石门乡')[1] as HTMLElement);
    expect(screen.queryByRole('button', { name: '黄泥村' })).toBeNull();
    expect(screen.getByRole('button', { name: '上坪村' })).toBeTruthy();
  });

  it('names a merged place someone chose before, and lets them drop it', () => {
    render(<Harness initial={['石门乡/黄泥村', '城关镇']} said={[]} />);
    expect(screen.getByText('“石门乡黄泥村”已撤并，请改选现在的村或乡镇。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '去掉石门乡黄泥村' }));
    expect(areas()).toBe('城关镇');
  });

  it('stops at ten places and says why', () => {
    const said: string[] = [];
    const ten = Array.from({ length: 10 }, (_, i) => `城关镇/村${i}`);
    render(<Harness initial={ten} said={said} />);
    fireEvent.click(buttons('石门乡')[0] as HTMLElement);
    expect(areas()).toBe(ten.join(','));
    expect(said).toEqual(['最多选 10 处，请先去掉一处']);
  });
});
