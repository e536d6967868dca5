// Draws a poster sheet at print size and hands it over: on weapp on the page's Canvas 2D node, saved to the
// phone's album; in a browser on a canvas element, downloaded as a PNG. Both paint the same layout steps.
// Drawn in the app, not in the cloud function: the function's runtime has no Chinese fonts (and no canvas
// library), while every phone and browser draws Chinese text with its own system fonts.
import Taro from '@tarojs/taro';
import type { PosterSheet } from '#types/api/posters';
import { saveBlobFile } from '@/lib/save-blob-file';
import { type PosterContext, paintPoster } from './paint-poster';
import { posterLayout, SHEET } from './poster-layout';

export interface RenderedPoster {
  /** Something an Image can show. */
  preview: string;
  /** Milliseconds from the code image to the finished PNG. */
  ms: number;
  /** The PNG's size in bytes, where the build can tell. */
  bytes: number | null;
  /** Saves to the album (weapp) or downloads (H5); answers an error message, or null. */
  save(): Promise<string | null>;
}

interface CanvasLike {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
}

const measureOn = (ctx: PosterContext & { measureText(t: string): { width: number } }) => (text: string, f: string): number => {
  ctx.font = f;
  return ctx.measureText(text).width;
};

async function renderInWeChat(sheet: PosterSheet, canvasId: string): Promise<RenderedPoster> {
  const node = await new Promise<(CanvasLike & { createImage(): { src: string; onload: () => void; onerror: (e: unknown) => void } }) | null>((resolve) => {
    Taro.createSelectorQuery().select(`#${canvasId}`).fields({ node: true, size: true }).exec((res: { node?: unknown }[]) => resolve((res?.[0]?.node as never) ?? null));
  });
  if (!node) throw new Error('poster canvas not found');
  const started = Date.now();
  node.width = SHEET.width;
  node.height = SHEET.height;
  const ctx = node.getContext('2d') as PosterContext & { measureText(t: string): { width: number } };
  const codePath = `${Taro.env.USER_DATA_PATH}/poster-code.png`;
  Taro.getFileSystemManager().writeFileSync(codePath, sheet.codePng, 'base64');
  const image = node.createImage();
  await new Promise<void>((resolve, reject) => {
    image.onload = resolve;
    image.onerror = reject;
    image.src = codePath;
  });
  paintPoster(ctx, posterLayout(sheet, measureOn(ctx)), image as unknown as CanvasImageSource);
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: node, fileType: 'png', destWidth: SHEET.width, destHeight: SHEET.height } as never);
  const ms = Date.now() - started;
  let bytes: number | null = null;
  try {
    bytes = (Taro.getFileSystemManager().statSync(tempFilePath) as { size: number }).size;
  } catch {
    bytes = null;
  }
  return {
    preview: tempFilePath,
    ms,
    bytes,
    async save() {
      try {
        await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
        return null;
      } catch (error) {
        const msg = String((error as { errMsg?: string })?.errMsg ?? error);
        if (/cancel/i.test(msg)) return null;
        return /auth|deny|privacy/i.test(msg) ? '没有保存到相册的权限：请在右上角“…”→“设置”里允许保存到相册' : '保存失败，请重试';
      }
    },
  };
}

async function renderInBrowser(sheet: PosterSheet): Promise<RenderedPoster> {
  // Reached only in a browser; the guard keeps `window` out of what the weapp bundle may touch.
  const browser = typeof window === 'undefined' ? null : window;
  if (!browser) throw new Error('no browser');
  const started = Date.now();
  const canvas = browser.document.createElement('canvas');
  canvas.width = SHEET.width;
  canvas.height = SHEET.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const image = new browser.Image();
  image.src = `data:image/png;base64,${sheet.codePng}`;
  await image.decode();
  paintPoster(ctx, posterLayout(sheet, measureOn(ctx)), image);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('canvas gave no PNG');
  const ms = Date.now() - started;
  return {
    preview: browser.URL.createObjectURL(blob),
    ms,
    bytes: blob.size,
    async save() {
      saveBlobFile(`海报-${sheet.area.replace('/', '')}-${sheet.title.slice(0, 12)}.png`, blob);
      return null;
    },
  };
}

export const POSTER_CANVAS_ID = 'poster-canvas';

export function renderPoster(sheet: PosterSheet): Promise<RenderedPoster> {
  return process.env.TARO_ENV === 'weapp' ? renderInWeChat(sheet, POSTER_CANVAS_ID) : renderInBrowser(sheet);
}
