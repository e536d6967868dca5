import { act, fireEvent, render, screen } from '@testing-library/react';
import type { MeetingView, MyRegistration, StaffMeetingView, StaffRegistration } from '#types/api/meetings';
import { ConsultationDetail } from '@/features/consultations';
import { ConsultationMeetings, MyRegistrations } from '@/features/meetings';
import { StaffMeetings } from '@/features/meetings/staff';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
});

const NOW = new Date('2026-06-10T02:00:00Z');
const meeting: MeetingView = {
  id: 'mtg-open-0001', consultationId: 'c1', startsAt: '2026-06-20T06:30:00.000Z', place: '石门乡政府二楼会议室', township: '石门乡', capacity: 30, seatsLeft: 12,
  registration: 'app', phone: '0571-12345678', status: 'scheduled', cancelReason: null, minutes: null,
};
const full: MeetingView = { ...meeting, id: 'mtg-full-0001', startsAt: '2026-06-21T01:00:00.000Z', place: '县交通运输局三楼', township: null, seatsLeft: 0, phone: '' };
const byPhone: MeetingView = { ...meeting, id: 'mtg-phone-001', registration: 'phone', seatsLeft: 8, startsAt: '2026-06-22T01:00:00.000Z', place: '下洋镇文化礼堂', township: '下洋镇' };
const mine: MyRegistration = {
  id: 'r1', meetingId: 'mtg-open-0001', consultationId: 'c1', consultationTitle: '农村公路养护办法', status: 'registered', startsAt: meeting.startsAt, place: meeting.place,
  meetingStatus: 'scheduled', name: '王小明', phone: '13912345678', reminder: true, createdAt: '2026-06-10T01:00:00.000Z',
};
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('线下意见征集会 on the consultation page', () => {
  it('lists each meeting with its Beijing time, seats left and how to register', async () => {
    gatewayAnswers({ listMeetings: { ok: true, data: { items: [meeting, full, byPhone] } }, listMyRegistrations: { ok: true, data: { items: [], nextCursor: null } } });
    render(<ConsultationMeetings consultationId="c1" signedIn now={NOW} />);
    expect(await screen.findByText('2026年6月20日（周六）14:30')).toBeInTheDocument();
    expect(screen.getByText('名额 30 人，还剩 12 个')).toBeInTheDocument();
    expect(screen.getByText('名额 30 人，名额已满')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '电话报名：0571-12345678' })).toBeInTheDocument();
    // Only the meeting with seats offers 我要报名.
    expect(screen.getAllByRole('button', { name: '我要报名' })).toHaveLength(1);
  });

  it('registers with the optional name and phone and says so', async () => {
    const asked = gatewayAnswers({
      listMeetings: { ok: true, data: { items: [meeting] } },
      listMyRegistrations: { ok: true, data: { items: [], nextCursor: null } },
      registerMeeting: { ok: true, data: { ...mine, reminder: false } },
    });
    render(<ConsultationMeetings consultationId="c1" signedIn now={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: '我要报名' }));
    fireEvent.input(screen.getByPlaceholderText('姓名（可不填）'), { target: { value: '王小明' } });
    fireEvent.input(screen.getByPlaceholderText('联系电话（可不填）'), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByRole('button', { name: '确认报名' }));
    expect(await screen.findByText('报名成功')).toBeInTheDocument();
    const sent = asked.find((a) => a.action === 'registerMeeting')?.payload as Record<string, string>;
    expect(sent).toMatchObject({ meetingId: 'mtg-open-0001', name: '王小明', phone: '13912345678' });
    expect(sent.requestId).toMatch(/^mt-/);
  });

  it('shows 名额已满 from the function where registering failed', async () => {
    gatewayAnswers({
      listMeetings: { ok: true, data: { items: [meeting] } },
      listMyRegistrations: { ok: true, data: { items: [], nextCursor: null } },
      registerMeeting: { ok: false, code: 'RESOURCE_EXHAUSTED', message: '名额已满' },
    });
    render(<ConsultationMeetings consultationId="c1" signedIn now={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: '我要报名' }));
    fireEvent.click(screen.getByRole('button', { name: '确认报名' }));
    expect(await screen.findByText('名额已满')).toBeInTheDocument();
  });

  it('shows the person’s registration with the reminder, and lets them cancel', async () => {
    const asked = gatewayAnswers({
      listMeetings: { ok: true, data: { items: [meeting] } },
      listMyRegistrations: { ok: true, data: { items: [mine], nextCursor: null } },
      cancelRegistration: { ok: true, data: { ...mine, status: 'cancelled' } },
    });
    render(<ConsultationMeetings consultationId="c1" signedIn now={NOW} />);
    expect(await screen.findByText('你已报名，开会前一天微信会提醒你')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
    expect(await screen.findByText('已取消报名，名额已让出')).toBeInTheDocument();
    expect(asked.find((a) => a.action === 'cancelRegistration')?.payload).toEqual({ meetingId: 'mtg-open-0001' });
  });

  it('asks a visitor to open it in WeChat, shows minutes once published, and a cancelled meeting’s reason', async () => {
    const held = { ...meeting, id: 'mtg-held-0001', startsAt: '2026-06-01T06:30:00.000Z', minutes: '到会 12 人。\n主要意见：村道养护资金按里程分配。' };
    const cancelled = { ...full, id: 'mtg-gone-0001', status: 'cancelled' as const, cancelReason: '会场临时检修' };
    gatewayAnswers({ listMeetings: { ok: true, data: { items: [held, cancelled, meeting] } } });
    render(<ConsultationMeetings consultationId="c1" signedIn={false} now={NOW} />);
    expect(await screen.findByText('主要意见：村道养护资金按里程分配。')).toBeInTheDocument();
    expect(screen.getByText('取消原因：会场临时检修')).toBeInTheDocument();
    expect(screen.getByText('在微信里打开才能报名')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '我要报名' })).toBeNull();
  });

  it('shows nothing without meetings, and a retry when loading failed', async () => {
    gatewayAnswers({ listMeetings: { ok: true, data: { items: [] } } });
    const { container, unmount } = render(<ConsultationMeetings consultationId="c1" signedIn={false} now={NOW} />);
    await settle();
    expect(container).toBeEmptyDOMElement();
    unmount();
    gatewayAnswers({ listMeetings: { ok: false, code: 'NOT_FOUND', message: '意见征集不存在或已删除' } });
    render(<ConsultationMeetings consultationId="c1" signedIn={false} now={NOW} />);
    expect(await screen.findByText(/意见征集会加载失败/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重试|再试/ })).toBeInTheDocument();
  });
});

describe('我的报名', () => {
  it('lists the person’s registrations, or says there are none', async () => {
    gatewayAnswers({ listMyRegistrations: { ok: true, data: { items: [mine, { ...mine, id: 'r2', meetingStatus: 'cancelled' }], nextCursor: null } } });
    const { unmount } = render(<MyRegistrations />);
    expect(await screen.findByText('已报名')).toBeInTheDocument();
    expect(screen.getByText('会议已取消')).toBeInTheDocument();
    expect(screen.getAllByText('关于：农村公路养护办法')).toHaveLength(2);
    unmount();
    gatewayAnswers({ listMyRegistrations: { ok: true, data: { items: [], nextCursor: null } } });
    render(<MyRegistrations />);
    expect(await screen.findByText('还没有报名过意见征集会')).toBeInTheDocument();
  });
});

describe('the staff panel', () => {
  const staffMeeting: StaffMeetingView = { ...meeting, startsAt: '2026-06-10T01:00:00.000Z', registered: 2, minutes: '' };
  const people: StaffRegistration[] = [
    { id: 'a'.repeat(32), name: '王**', phone: '139****5678', status: 'registered', attended: null, createdAt: '2026-06-09T01:00:00.000Z' },
    { id: 'b'.repeat(32), name: '', phone: '', status: 'cancelled', attended: null, createdAt: '2026-06-09T02:00:00.000Z' },
  ];
  const consultation = { ok: true, data: { sections: [{ heading: '第一章 总则', text: '', comments: 0 }] } };

  it('says when none is arranged, and arranges one from the form', async () => {
    const asked = gatewayAnswers({ listStaffMeetings: { ok: true, data: { items: [] } }, getConsultation: consultation, saveMeeting: { ok: true, data: staffMeeting } });
    render(<StaffMeetings consultationId="c1" now={NOW} />);
    expect(await screen.findByText('还没有安排意见征集会')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '安排一场意见征集会' }));
    fireEvent.input(screen.getByPlaceholderText('2026-06-20 14:30'), { target: { value: '2026-06-20 14:30' } });
    fireEvent.input(screen.getByPlaceholderText('地点，如：石门乡政府二楼会议室'), { target: { value: '石门乡政府二楼会议室' } });
    fireEvent.input(screen.getByPlaceholderText('名额'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: '安排这场会' }));
    expect(await screen.findByText('已安排，市民在意见征集页就能看到')).toBeInTheDocument();
    expect(asked.find((a) => a.action === 'saveMeeting')?.payload).toMatchObject({ consultationId: 'c1', startsAt: '2026-06-20T14:30', place: '石门乡政府二楼会议室', township: null, capacity: 30, registration: 'app', phone: '' });
  });

  it('refuses a time it cannot read before sending', async () => {
    const asked = gatewayAnswers({ listStaffMeetings: { ok: true, data: { items: [] } }, getConsultation: consultation });
    render(<StaffMeetings consultationId="c1" now={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: '安排一场意见征集会' }));
    fireEvent.input(screen.getByPlaceholderText('2026-06-20 14:30'), { target: { value: '下周三下午' } });
    fireEvent.click(screen.getByRole('button', { name: '安排这场会' }));
    expect(await screen.findByText('开会时间请写成 2026-06-20 14:30 这样')).toBeInTheDocument();
    expect(asked.some((a) => a.action === 'saveMeeting')).toBe(false);
  });

  it('shows the masked list with attendance once begun, and records 会上意见', async () => {
    const asked = gatewayAnswers({
      listStaffMeetings: { ok: true, data: { items: [staffMeeting] } },
      getConsultation: consultation,
      listRegistrations: { ok: true, data: { items: people, nextCursor: null } },
      markAttendance: { ok: true, data: { ...people[0], attended: true } },
      recordMeetingOpinion: { ok: true, data: { id: 'c'.repeat(32), section: 0, text: '建议按里程分配', createdAt: NOW.toISOString(), outcome: null, meetingId: staffMeeting.id } },
    });
    render(<StaffMeetings consultationId="c1" now={NOW} />);
    expect(await screen.findByText('已开始')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '修改' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '报名名单' }));
    expect(await screen.findByText('王** 139****5678 · 未登记')).toBeInTheDocument();
    expect(screen.getByText('（未留姓名） · 已取消报名')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '到会' }));
    expect(await screen.findByText('已登记')).toBeInTheDocument();
    expect(asked.find((a) => a.action === 'markAttendance')?.payload).toEqual({ id: 'a'.repeat(32), attended: true });

    fireEvent.click(screen.getByRole('button', { name: '会上意见和纪要' }));
    fireEvent.click(screen.getByRole('button', { name: '第一章 总则' }));
    fireEvent.input(screen.getByPlaceholderText('一条意见一次，照原意记录，不写发言人姓名'), { target: { value: '建议按里程分配' } });
    fireEvent.click(screen.getByRole('button', { name: '记录这条意见' }));
    expect(await screen.findByText('已记录为会上意见，截止后和网上意见一起记录处理结果')).toBeInTheDocument();
    expect(asked.find((a) => a.action === 'recordMeetingOpinion')?.payload).toMatchObject({ meetingId: staffMeeting.id, section: 0, text: '建议按里程分配' });
  });
});

describe('会上意见 among the comments', () => {
  it('marks an opinion voiced at a meeting', async () => {
    const view = {
      id: 'c1', title: '农村公路养护办法', summary: '想听听大家的意见', opensAt: '2026-06-10', closesAt: '2026-07-10', state: 'open', commentCount: 2, hasOutcome: false,
      sections: [{ heading: '第一章 总则', text: '县道县管。', comments: 2 }], attachments: [], shortReason: '', outcome: null, withdrawnNote: null,
    };
    const comments = [
      { id: 'x1', section: 0, text: '建议按里程分配', createdAt: NOW.toISOString(), outcome: null, meetingId: 'mtg-open-0001' },
      { id: 'x2', section: 0, text: '希望资金公开', createdAt: NOW.toISOString(), outcome: null },
    ];
    gatewayAnswers({ getConsultation: { ok: true, data: view }, listComments: { ok: true, data: { items: comments, nextCursor: null } } });
    render(<ConsultationDetail id="c1" />);
    fireEvent.click(await screen.findByRole('button', { name: /看意见（2）/ }));
    expect(await screen.findByText('建议按里程分配')).toBeInTheDocument();
    expect(screen.getAllByText('会上意见')).toHaveLength(1);
  });
});
