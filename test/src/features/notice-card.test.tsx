import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { NoticeListItem } from '#types/api/notice-views';
import { NoticeCard } from '@/features/notices/components/notice-card';

const notice: NoticeListItem = { id: 'n1', kind: 'closure', title: '城关大桥封闭施工', area: '城关镇', validFrom: '2026-12-01', validTo: null, publishedAt: '2026-11-30T02:00:00.000Z', read: false, withdrawn: false };

describe('NoticeCard', () => {
  it('drops the 未读 mark once opened, without waiting for a reload', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo');
    render(<NoticeCard item={notice} />);
    expect(screen.getByText('未读')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: /未读.*城关大桥封闭施工/ }));
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/notice/index?id=n1' });
    expect(screen.queryByText('未读')).toBeNull();
    expect(screen.getByRole('link', { name: /城关大桥封闭施工/ })).not.toHaveAccessibleName(/未读/);
  });
});
