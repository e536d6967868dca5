import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { STAFF_ROLE_LABELS } from '#types/models/staff';
import type { MeState } from '../hooks/use-me';

/** Who you are, and for staff the way into the staff pages. */
export function MyIdentity({ state }: { state: MeState }) {
  const { me, error } = state;
  if (error) return <Text className="row__hint">{error}</Text>;
  if (!me) return <Text className="row__hint">正在确认身份…</Text>;
  const roles = me.roles.map((r) => STAFF_ROLE_LABELS[r]).join('、');
  // A village liaison alone sees only their own page; the office pages are for the bureau's staff.
  const office = me.roles.some((r) => r !== 'liaison');
  return (
    <View className="section">
      <Text className="section__title">{me.signedIn ? (roles ? `${me.name ?? ''}（${roles}）` : '微信用户') : '未登录'}</Text>
      <Button className="btn btn--primary" onClick={() => void Taro.navigateTo({ url: '/more/ask/index' })}>
        我要提问
      </Button>
      {me.signedIn && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/more/my-cases/index' })}>
          我的提问
        </Button>
      )}
      {me.signedIn && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/more/my-comments/index' })}>
          我的意见
        </Button>
      )}
      {me.signedIn && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/more/notice-settings/index' })}>
          通知设置
        </Button>
      )}
      {me.signedIn && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/more/my-data/index' })}>
          我的个人信息
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/content/index' })}>
          内容管理（编辑、审核）
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/cases/index' })}>
          群众提问
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/notices/index' })}>
          通知发送报告
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/service-gaps/index' })}>
          办事指南完整性检查
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/freshness/index' })}>
          更新期限与内容健康
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/annual-report/index' })}>
          政府信息公开工作年度报告
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/search-gaps/index' })}>
          搜不到的问题
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/calendar/index' })}>
          法定节假日安排
        </Button>
      )}
      {(me.roles.includes('reviewer') || me.roles.includes('admin')) && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/budget-import/index' })}>
          导入预决算
        </Button>
      )}
      {(me.roles.includes('editor') || me.roles.includes('admin')) && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/bus-import/index' })}>
          导入城乡公交线路
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/decision-import/index' })}>
          双公示（导入与超期情况）
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/poster-scans/index' })}>
          公开栏海报与扫码
        </Button>
      )}
      {me.roles.includes('liaison') && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/liaison/index' })}>
          村级信息员：张贴与广播
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/handling/index' })}>
          办件记录与办理时间
        </Button>
      )}
      {office && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/work-summary/index' })}>
          半年工作总结
        </Button>
      )}
      {me.roles.includes('admin') && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/places/index' })}>
          乡镇村名单
        </Button>
      )}
      {me.roles.includes('admin') && (
        <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/team/index' })}>
          工作人员管理
        </Button>
      )}
    </View>
  );
}
