import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';

export const ABOUT_LINKS = [
  { label: '机构信息', url: '/about/bureau/index' },
  { label: '政府信息公开指南', url: '/about/guide/index' },
  { label: '政府信息公开目录', url: '/about/catalogue/index' },
  { label: '建议提案办理结果', url: '/about/proposals/index' },
  { label: '政府信息公开工作年度报告', url: '/about/annual-report/index' },
] as const;

/** The bureau's own pages (who we are, how to apply, everything published, proposal replies): the home
 * page's footer and a section of 我的. */
export function AboutLinks({ title = '关于本局' }: { title?: string }) {
  return (
    <View className="section" role="navigation" aria-label={title}>
      <Text className="section__title">{title}</Text>
      {ABOUT_LINKS.map((link) => (
        <Button key={link.url} className="btn btn--link" onClick={() => void Taro.navigateTo({ url: link.url })}>
          {link.label}
        </Button>
      ))}
    </View>
  );
}
