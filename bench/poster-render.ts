// A village-board poster drawn as the browser build draws it (the same layout and paint modules, on a
// <canvas> in headless Chromium with the machine's CJK fonts), with a 430 px code PNG standing in for
// wxacode.getUnlimited's: the time from the code image to the finished A4 PNG (1240 × 1754, 150 dpi) and the
// PNG's size. `npx tsx bench/poster-render.ts [out.png]` prints the figures and can save the sheet to look at.
// The weapp build paints the same steps on WeChat's Canvas 2D; its time is only measurable on a phone.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import QRCode from 'qrcode';
import type { PosterSheet } from '#types/api/posters';
import { buildCloudFunctions, FUNCTIONS_BUILD } from '../scripts/build-cloud';
import { launchBrowser } from '../test/e2e/support/browser';
import { noticeInput } from '../test/support/builders';
import { startProductCloud } from '../test/support/product-cloud';
import { publish } from '../test/support/workflow-steps';
import { percentile, timeMany } from './measure';

const RUNS = 10;

// Runs in the page: draws the sheet `runs` times as the H5 build does and answers the times and the last PNG.
const RUNNER = `
import { posterLayout, SHEET } from '@/features/staff-posters/draw/poster-layout';
import { paintPoster } from '@/features/staff-posters/draw/paint-poster';
(window as any).runPosterBench = async (sheet: any, runs: number) => {
  const times: number[] = [];
  let blob: Blob | null = null;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const canvas = document.createElement('canvas');
    canvas.width = SHEET.width;
    canvas.height = SHEET.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const image = new Image();
    image.src = 'data:image/png;base64,' + sheet.codePng;
    await image.decode();
    const measure = (text: string, font: string): number => { ctx.font = font; return ctx.measureText(text).width; };
    paintPoster(ctx, posterLayout(sheet, measure), image);
    blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    times.push(performance.now() - started);
  }
  const bytes = blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [];
  return { times, bytes, width: SHEET.width, height: SHEET.height };
};
`;

export interface PosterFigures {
  medianMs: number;
  p90Ms: number;
  pngBytes: number;
  width: number;
  height: number;
}

const sample = async (): Promise<PosterSheet> => ({
  id: 'AbCdEfGhIjKl', subject: 'item', kind: 'notice', refId: 'notice-demo', township: '石门乡', village: '上坪村', area: '石门乡/上坪村',
  title: 'S205清溪至石门段路面改造，12月1日起半幅封闭施工',
  points: ['12月1日至12月20日，每天7:00至19:00半幅通行', '大型货车请绕行X012线（岭口—下洋）', '客运班车照常运行，站点不变', '施工路段请减速慢行，服从现场人员指挥', '有困难请拨打下方咨询电话'],
  items: [], month: null, webLink: 'https://www.qingxi.gov.cn/jtj/h5/#/pages/notice/index?id=notice-20261201-0001',
  bureau: { name: '清溪县交通运输局', hotline: '0598-1234567' }, day: '2026-12-01', scans: 0, createdByName: '王', createdAt: '2026-12-01T02:00:00.000Z',
  codePng: (await QRCode.toBuffer('https://example.invalid/more/poster/index?scene=AbCdEfGhIjKl', { type: 'png', width: 430 })).toString('base64'),
});

export async function posterRenderBench(saveTo?: string): Promise<PosterFigures> {
  const bundle = await build({
    stdin: { contents: RUNNER, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, write: false, format: 'iife', target: 'es2020', tsconfig: 'tsconfig.json',
  });
  const sheet = await sample();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const result = (await page.evaluate(`runPosterBench(${JSON.stringify(sheet)}, ${RUNS})`)) as { times: number[]; bytes: number[]; width: number; height: number };
    if (saveTo) writeFileSync(saveTo, Buffer.from(result.bytes));
    return { medianMs: Math.round(percentile(result.times, 50)), p90Ms: Math.round(percentile(result.times, 90)), pngBytes: result.bytes.length, width: result.width, height: result.height };
  } finally {
    await browser.close();
  }
}

export interface PosterFunctionFigures {
  makeMedianMs: number;
  makeP90Ms: number;
  /** getPoster: the stored poster with its code (wxacode.getUnlimited, answered locally by a QR image). */
  getMedianMs: number;
  getP90Ms: number;
  /** The getPoster answer (JSON with the code as base64). */
  sheetBytes: number;
}

/** The staff function's side on the local cloud: storing a poster, and answering it with its code. */
export async function posterFunctionBench(): Promise<PosterFunctionFigures> {
  await buildCloudFunctions();
  const cloud = await startProductCloud({ functionsDir: FUNCTIONS_BUILD, at: '2026-06-03T10:00:00+08:00' });
  try {
    const refId = (await publish(cloud, 'notice', noticeInput({ title: 'S205上坪段封闭施工', township: '石门乡', village: '上坪村' }))).targetId;
    let n = 0;
    let id = '';
    const make = await timeMany(RUNS, async () => {
      const res = await cloud.call<{ id: string }>('staff', 'makePoster', { requestId: `bench-poster-${(n += 1)}`, refId, township: '石门乡', village: '上坪村' }, 'editor');
      if (!res.ok) throw new Error(res.message);
      id = res.data.id;
    });
    let bytes = 0;
    const get = await timeMany(RUNS, async () => {
      const res = await cloud.call('staff', 'getPoster', { id }, 'editor');
      bytes = JSON.stringify(res).length;
    });
    return { makeMedianMs: Math.round(percentile(make, 50)), makeP90Ms: Math.round(percentile(make, 90)), getMedianMs: Math.round(percentile(get, 50)), getP90Ms: Math.round(percentile(get, 90)), sheetBytes: bytes };
  } finally {
    await cloud.emulator.stop();
  }
}

if (require.main === module) {
  void (async () => {
    console.log(JSON.stringify({ draw: await posterRenderBench(process.argv[2]), functions: await posterFunctionBench() }));
  })();
}
