import { render, screen } from '@testing-library/react';
import type { CaseView } from '#types/api/case-views';
import { CaseCard } from '@/features/cases/components/case-card';
import { readableUrls } from '@/components/ui/stored-file';

/** A case as the functions send it (whether the deadline is provisional does not matter here). */
const base: Omit<CaseView, 'dueProvisional'> = {
  id: 'c1', trackingNo: '20260610-ABCDEF', category: 'disclosure', text: '请公开用地批复。', related: null, status: 'closed',
  events: [], reply: '予以公开。', createdAt: '2026-06-10T02:00:00.000Z', dueAt: '2026-07-08T15:59:59.999Z',
  overdue: false, consentPublic: false, followUpDue: false, followUp: null,
  photos: ['http://127.0.0.1/storage/file/uploads/o1/a.jpg', null],
  disclosure: {
    applicant: { type: 'person', name: '王小明', idNumber: '33012219800101123X', organisation: '', phone: '13912345678', address: '石门村 12 号', email: '' },
    description: '请公开用地批复。', purpose: '了解', form: 'electronic', extended: null, supplement: null,
    decision: { type: 'disclosed', reason: null, at: '2026-06-11T02:00:00.000Z', documents: [{ name: '批复.pdf', url: 'http://127.0.0.1/storage/file/staff/o2/p.pdf' }, { name: '附图.pdf', url: null }] },
  },
};

describe('stored files on a page', () => {
  it('shows the files that can be read and marks the one that cannot as 文件暂不可用', () => {
    render(<CaseCard item={base as CaseView} />);
    expect(screen.getByAltText('照片 1')).toHaveAttribute('src', 'http://127.0.0.1/storage/file/uploads/o1/a.jpg');
    expect(screen.getByLabelText('照片 2：文件暂不可用')).toHaveTextContent('文件暂不可用');
    expect(screen.getByText('文件：批复.pdf')).toBeInTheDocument();
    expect(screen.getByText('文件：附图.pdf（文件暂不可用）')).toBeInTheDocument();
  });

  it('previews only the photos that can be read', () => {
    expect(readableUrls(['a', null, 'b'])).toEqual(['a', 'b']);
  });
});
