import { render, screen } from '@testing-library/react';
import type { ProjectListItem } from '#types/api/project-views';
import { ProjectCard } from '@/features/projects/components/project-card';

const project: ProjectListItem = {
  id: 'p1', name: '清溪大桥危桥改造工程', type: 'bridge', township: '城关镇', status: 'under_construction', percent: 60,
  summary: '拆除重建危桥', lastUpdateAt: '2026-11-01T02:00:00.000Z', stale: false, plannedEndAt: '2027-03-31T00:00:00.000Z',
};

describe('ProjectCard', () => {
  it('shows the planned completion date, in Beijing time', () => {
    render(<ProjectCard project={project} />);
    expect(screen.getByText('计划2027年3月31日完工')).toBeInTheDocument();
  });

  it('says when none has been announced', () => {
    render(<ProjectCard project={{ ...project, plannedEndAt: null }} />);
    expect(screen.getByText('完工日期待定')).toBeInTheDocument();
  });
});
