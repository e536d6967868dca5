// Paints layout steps on a 2D context: the browser's canvas on H5, WeChat's Canvas 2D node on weapp (the
// same API). White ground, black ink only.
import type { PosterStep } from './poster-layout';
import { SHEET } from './poster-layout';

/** The part of CanvasRenderingContext2D the sheet uses (both builds' contexts have it). */
export interface PosterContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  drawImage(image: CanvasImageSource, x: number, y: number, w: number, h: number): void;
}

export function paintPoster(ctx: PosterContext, steps: readonly PosterStep[], code: CanvasImageSource): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, SHEET.width, SHEET.height);
  ctx.fillStyle = '#000000';
  ctx.strokeStyle = '#000000';
  ctx.textBaseline = 'alphabetic';
  for (const step of steps) {
    if (step.op === 'text') {
      ctx.font = step.font;
      ctx.textAlign = step.align ?? 'left';
      ctx.fillText(step.text, step.x, step.y);
    } else if (step.op === 'rule') {
      ctx.fillRect(step.x, step.y, step.width, step.thickness);
    } else if (step.op === 'frame') {
      ctx.lineWidth = step.thickness;
      ctx.strokeRect(step.x, step.y, step.width, step.height);
    } else {
      ctx.drawImage(code, step.x, step.y, step.size, step.size);
    }
  }
}
