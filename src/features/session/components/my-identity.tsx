import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Me } from '#types/api/public';
import { STAFF_ROLE_LABELS, type StaffRole } from '#types/models/staff';
import type { MeState } from '../hooks/use-me';

interface Way {
  url: string;
  label: string;
  /** Who sees it: signed-in citizens, the bureau's office staff (anyone with a role but a lone liaison), or these roles. */
  for: 'signedIn' | 'office' | StaffRole[];
}

/** The way into what is one's own, then the staff pages, in the order shown. */
const WAYS: Way[] = [
  { url: '/more/my-cases/index', label: '我的提问', for: 'signedIn' },
  { url: '/more/my-comments/index', label: '我的意见', for: 'signedIn' },
  { url: '/more/notice-settings/index', label: '通知设置', for: 'signedIn' },
  { url: '/more/my-data/index', label: '我的个人信息', for: 'signedIn' },
  { url: '/staff/content/index', label: '内容管理（编辑、审核）', for: 'office' },
  { url: '/staff/cases/index', label: '群众提问', for: 'office' },
  { url: '/staff/notices/index', label: '通知发送报告', for: 'office' },
  { url: '/staff/service-gaps/index', label: '办事指南完整性检查', for: 'office' },
  { url: '/staff/freshness/index', label: '更新期限与内容健康', for: 'office' },
  { url: '/staff/annual-report/index', label: '政府信息公开工作年度报告', for: 'office' },
  { url: '/staff/search-gaps/index', label: '搜不到的问题', for: 'office' },
  { url: '/staff/calendar/index', label: '法定节假日安排', for: 'office' },
  { url: '/staff/budget-import/index', label: '导入预决算', for: ['reviewer', 'admin'] },
  { url: '/staff/bus-import/index', label: '导入城乡公交线路', for: ['editor', 'admin'] },
  { url: '/staff/decision-import/index', label: '双公示（导入与超期情况）', for: 'office' },
  { url: '/staff/poster-scans/index', label: '公开栏海报与扫码', for: 'office' },
  { url: '/staff/liaison/index', label: '村级信息员：张贴与广播', for: ['liaison'] },
  { url: '/staff/handling/index', label: '办件记录与办理时间', for: 'office' },
  { url: '/staff/work-summary/index', label: '半年工作总结', for: 'office' },
  { url: '/staff/places/index', label: '乡镇村名单', for: ['admin'] },
  { url: '/staff/team/index', label: '工作人员管理', for: ['admin'] },
];

function sees(me: Me, way: Way): boolean {
  if (way.for === 'signedIn') return me.signedIn;
  // A village liaison alone sees only their own page; the office pages are for the bureau's staff.
  if (way.for === 'office') return me.roles.some((r) => r !== 'liaison');
  return way.for.some((role) => me.roles.includes(role));
}

/** Who you are, and for staff the way into the staff pages. */
export function MyIdentity({ state }: { state: MeState }) {
  const { me, error } = state;
  if (error) return <Text className="row__hint">{error}</Text>;
  if (!me) return <Text className="row__hint">正在确认身份…</Text>;
  const roles = me.roles.map((r) => STAFF_ROLE_LABELS[r]).join('、');
  return (
    <View className="section">
      <Text className="section__title">{me.signedIn ? (roles ? `${me.name ?? ''}（${roles}）` : '微信用户') : '未登录'}</Text>
      <Button className="btn btn--primary" onClick={() => void Taro.navigateTo({ url: '/more/ask/index' })}>
        我要提问
      </Button>
      {WAYS.filter((way) => sees(me, way)).map((way) => (
        <Button key={way.url} className="btn" onClick={() => void Taro.navigateTo({ url: way.url })}>
          {way.label}
        </Button>
      ))}
    </View>
  );
}
