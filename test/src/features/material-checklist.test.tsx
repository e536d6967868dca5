import { act, fireEvent, render, screen } from '@testing-library/react';
import { MaterialChecklist } from '@/features/services/components/material-checklist';
import { useChecklistStore } from '@/features/services/stores/checklist-store';

const materials = [
  { name: '身份证', note: '原件', required: true },
  { name: '无犯罪记录证明', note: '', required: false },
];

beforeEach(() => {
  window.localStorage.clear();
  act(() => useChecklistStore.setState({ ticked: {} }));
});

describe('the materials checklist', () => {
  it('counts what is ticked and keeps it on the device, per guide', () => {
    render(<MaterialChecklist serviceId="svc-1" materials={materials} />);
    expect(screen.getByText(/已备齐 0\/2 项/)).toBeInTheDocument();
    fireEvent.click(screen.getByText(/身份证/));
    expect(screen.getByText(/已备齐 1\/2 项/)).toBeInTheDocument();
    expect(screen.getByText(/无犯罪记录证明（选填）/)).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('service-checklists') ?? '{}')).toMatchObject({ state: { ticked: { 'svc-1': ['身份证'] } } });
    fireEvent.click(screen.getByText('清空勾选'));
    expect(screen.getByText(/已备齐 0\/2 项/)).toBeInTheDocument();
  });
});
