import { Text, View } from '@tarojs/components';
import type { DisclosureCategoryView } from '#types/api/project-views';
import { DISCLOSURE_CATEGORY_LABELS } from '#types/models/project';
import { formatDate } from '@/lib/format-date';
import { DocumentLink } from '@/components/ui/stored-file';

const STATE_LABELS: Record<DisclosureCategoryView['state'], string> = {
  disclosed: '已公开',
  pending: '待公开',
  overdue: '已超期',
  none: '暂无',
};

/** The eight statutory disclosure categories: which are filled, and which are late on the 20-working-day clock. */
export function DisclosureMeter({ categories, provisional }: { categories: DisclosureCategoryView[]; provisional: boolean }) {
  const filled = categories.filter((c) => c.state !== 'none').length;
  return (
    <View className="section">
      <Text className="section__title">
        信息公开 {filled}/{categories.length} 类
      </Text>
      <Text className="row__hint">重大建设项目信息应在形成后 20 个工作日内公开{provisional ? '（部分期限按尚未公布的节假日安排估算）' : ''}</Text>
      {categories.map((c) => (
        <View key={c.category} className="disclosure">
          <View className="card__meta">
            <Text className="disclosure__name">{DISCLOSURE_CATEGORY_LABELS[c.category]}</Text>
            <Text className={`chip chip--${c.state}`}>{STATE_LABELS[c.state]}</Text>
          </View>
          {c.items.map((item, i) => (
            <View key={i} className="disclosure__item">
              <Text className="row__hint">
                {item.title} · 形成于{formatDate(item.formedAt)} · {item.disclosedAt ? `公开于${formatDate(item.disclosedAt)}` : `应于${formatDate(item.dueAt)}前公开`}
                {item.overdue ? '（超期）' : ''}
              </Text>
              {(item.url || item.fileUnavailable) && <DocumentLink label="查看文件" url={item.url} />}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
