import { Button, Canvas, Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PosterSheet } from '#types/api/posters';
import { LoadingState, StatusLine } from '@/components/ui/state-views';
import { POSTER_CANVAS_ID, type RenderedPoster, renderPoster } from '../draw/render-poster';
import { SHEET } from '../draw/poster-layout';
import { sheetWebLink } from '../draw/sheet-web-link';

const inWeChat = process.env.TARO_ENV === 'weapp';

/** A poster drawn at print size (A4, 150 dpi), previewed, and saved to the album or downloaded. */
export function PosterSheetView({ sheet }: { sheet: PosterSheet }) {
  const [rendered, setRendered] = useState<RenderedPoster | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setRendered(null);
    // The weapp canvas node exists once the page has rendered it.
    const timer = setTimeout(() => {
      renderPoster({ ...sheet, webLink: sheetWebLink(sheet) }).then(
        (r) => live && setRendered(r),
        () => live && setStatus('海报绘制失败：请更新微信或换用电脑浏览器后重试'),
      );
    }, 50);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sheet]);
  const save = async (): Promise<void> => {
    if (!rendered) return;
    setStatus(null);
    const problem = await rendered.save();
    setStatus(problem ?? (inWeChat ? '已保存到相册，可直接打印' : '已下载，可直接打印'));
  };
  return (
    <View className="card" aria-label="海报">
      {inWeChat && <Canvas type="2d" id={POSTER_CANVAS_ID} style={{ position: 'fixed', left: '-9999px', top: '0', width: '310px', height: '438px' }} />}
      <Text className="card__title">{sheet.title}</Text>
      <Text className="row__hint">
        {sheet.area.replace('/', '')} · 海报编号 {sheet.id} · 已扫码 {sheet.scans} 次
      </Text>
      {!sheetWebLink(sheet) && <Text className="row__hint">未设置门户网站地址（PORTAL_BASE_URL），海报上不印网页链接。</Text>}
      {rendered ? (
        <>
          <Image className="poster__preview" src={rendered.preview} mode="widthFix" style={{ width: '100%' }} aria-label={`${sheet.title}海报预览`} />
          <Text className="row__hint">
            A4 {SHEET.width}×{SHEET.height} 像素（{SHEET.dpi} dpi），黑白打印清晰 · 生成用时 {rendered.ms} 毫秒{rendered.bytes ? ` · ${Math.round(rendered.bytes / 1024)} KB` : ''}
          </Text>
          <Button className="btn btn--primary" onClick={() => void save()}>
            {inWeChat ? '保存到相册' : '下载海报（PNG）'}
          </Button>
        </>
      ) : (
        !status && <LoadingState text="正在绘制海报…" />
      )}
      <StatusLine text={status} />
    </View>
  );
}
