// The bench's filler documents: Q&A strung from 30 transport words, to bring the index to 20,000
// documents around the demo content (search-scale.ts has real-looking text; these keep the demo's
// answers findable among many near-duplicates of its common words).
import type { SearchEntry } from '#types/models/search';
import type { Doc } from '../emulator/store/ejson';

const WORDS = ['公路', '养护', '货车', '客运', '站点', '线路', '许可', '检测', '乡镇', '村道', '桥梁', '施工', '安全', '应急', '资金', '补助', '驾驶员', '车辆', '年审', '运输', '服务', '监督', '公示', '计划', '进度', '质量', '验收', '招标', '设计', '管理'];
export function filler(i: number): { entry: SearchEntry; qa: Doc } {
  let seed = i * 2654435761;
  const word = (): string => WORDS[(seed = (seed * 1103515245 + 12345) >>> 0) % WORDS.length] as string;
  const title = `${word()}${word()}工作第${i}号通报`;
  const text = Array.from({ length: 24 }, word).join('，');
  const id = `filler-${i}`;
  return {
    entry: { kind: 'qa', refId: id, title, text, path: `/pages/qa/index?id=${id}` },
    qa: { _id: id, topic: 'general', question: title, answer: text, order: 9999, policyId: null, lifecycle: 'published', version: 1, votes: { helpful: 0, unhelpful: 0 } },
  };
}
