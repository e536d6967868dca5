import { Button, Text, View } from '@tarojs/components';

/** Shared loading, empty and error states, so every list speaks the same way. */
export function LoadingState({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="state" role="status" aria-live="polite">
      <Text className="state__text">{text}</Text>
    </View>
  );
}

export function EmptyState({ text }: { text: string }) {
  return (
    <View className="state">
      <Text className="state__text">{text}</Text>
    </View>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="state state--error" role="alert">
      <Text className="state__text">{message}</Text>
      {onRetry && (
        <Button className="btn btn--primary" onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  );
}

/** The outcome of what the person just did ("已保存", or why not), read out by screen readers. */
export function StatusLine({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <View role="status">
      <Text className="row__hint">{text}</Text>
    </View>
  );
}
