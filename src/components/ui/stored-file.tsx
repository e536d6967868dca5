// Files the service stores, as pages show them: a link or photo when it can be read, otherwise
// 文件暂不可用 in its place, so one missing file never hides the rest of the page.
import { Image, Text, View } from '@tarojs/components';
import type { FileUrl } from '#types/api/file-views';
import { openDocument } from '@/lib/open-document';

export const FILE_UNAVAILABLE = '文件暂不可用';

/** A document's link; the label with 文件暂不可用 when the file cannot be read now. */
export function DocumentLink({ label, url }: { label: string; url: FileUrl }) {
  if (!url) return <Text className="row__hint">{`${label}（${FILE_UNAVAILABLE}）`}</Text>;
  return (
    <Text className="link" onClick={() => void openDocument(url)}>
      {label}
    </Text>
  );
}

/** A stored photo, or a box saying it is unavailable; `onOpen` previews it among the page's others. */
export function StoredImage({ url, className, mode, label, onOpen }: { url: FileUrl; className: string; mode: 'aspectFill' | 'widthFix'; label: string; onOpen?: (url: string) => void }) {
  if (!url) {
    return (
      <View className={className} aria-label={`${label}：${FILE_UNAVAILABLE}`}>
        <Text className="row__hint">{FILE_UNAVAILABLE}</Text>
      </View>
    );
  }
  return <Image className={className} src={url} mode={mode} lazyLoad ariaLabel={label} onClick={onOpen ? () => onOpen(url) : undefined} />;
}

/** The links among a page's photos that can be opened, for previewing them together. */
export const readableUrls = (urls: FileUrl[]): string[] => urls.filter((url): url is string => Boolean(url));
