import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { underPortal } from '@/lib/api-base';
import { fetchVisitorCode } from '../api/session-api';

/**
 * Said before a visitor starts: what needs the mini-program opened in WeChat. On the county portal's web
 * version it also shows the mini-program's code to scan.
 */
export function OpenInWeChat({ what, note }: { what: string; note?: string }) {
  const [png, setPng] = useState<string | null>(null);
  useEffect(() => {
    if (!underPortal()) return;
    void fetchVisitorCode().then((res) => res.ok && setPng(res.data.png));
  }, []);
  return (
    <View className="section" role="note">
      <Text className="state__text">{`你现在是访客：要在微信里打开本小程序才能${what}。${note ?? ''}`}</Text>
      {png && (
        <View className="visitor-code">
          <Image className="visitor-code__image" src={`data:image/png;base64,${png}`} mode="aspectFit" ariaLabel="本小程序的小程序码" />
          <Text className="row__hint">用微信扫一扫上面的小程序码，就能在微信里打开</Text>
        </View>
      )}
    </View>
  );
}
