// Layout at 390 pixels wide that jsdom cannot measure, checked by what decides it: chips that wrap
// (and the stylesheet rule that wraps them), and a comment box that grows with its text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import type { ServiceView } from '#types/api/service-views';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { CommentBox } from '@/features/consultations/components/comment-box';
import { RatingPanel } from '@/features/services/components/rating-panel';

const css = readFileSync(join(__dirname, '../../../src/app.css'), 'utf8');

describe('on a narrow phone', () => {
  it('wraps chips marked to wrap, by a stylesheet rule', () => {
    expect(css).toMatch(/\.chips--wrap\s*\{[^}]*flex-wrap:\s*wrap[^}]*white-space:\s*normal/);
  });

  it('puts every township chip on screen, wrapping onto more lines', () => {
    const townships = ['城关镇', '石门乡', '清溪镇', '白沙乡', '黄岭镇', '龙潭乡', '高桥镇'];
    render(<ChoiceChips options={townships} labels={Object.fromEntries(townships.map((t) => [t, t]))} value={undefined} onChange={() => undefined} all="全部乡镇" wrap />);
    expect(screen.getByText('高桥镇').closest('.chips')).toHaveClass('chips--wrap');
  });

  it('shows the whole 非常满意 in the rating row', () => {
    const service = { id: 's1', rating: { count: 0, average: null }, ratings: { levels: [0, 0, 0, 0, 0] }, myRating: null } as unknown as ServiceView;
    render(<RatingPanel service={service} onRated={() => undefined} />);
    expect(screen.getByText('非常满意').closest('.chips')).toHaveClass('chips--wrap');
  });

  it('grows the consultation comment box with its text instead of scrolling it out of view', () => {
    render(<CommentBox consultationId="c1" section={0} onSent={() => undefined} />);
    expect(screen.getByPlaceholderText(/对这一部分有什么意见/)).toHaveAttribute('data-auto-height', 'true');
  });
});
