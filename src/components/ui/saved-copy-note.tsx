// Says that what the page shows is a copy saved on this phone, and when, with a way to try again.
import { Button, Text, View } from '@tarojs/components';
import { formatDate } from '@/lib/format-date';

export function SavedCopyNote({ savedAt, onReload }: { savedAt: number | null | undefined; onReload(): void }) {
  if (!savedAt) return null;
  return (
    <View className="notice" role="status">
      <Text>网络不给力，下面是{formatDate(new Date(savedAt).toISOString())}保存在手机上的内容，可能不是最新的。</Text>
      <Button className="btn btn--link" onClick={onReload}>
        重新加载
      </Button>
    </View>
  );
}
