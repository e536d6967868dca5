// Originals with tables through every way they arrive: the staff editor (saveDraft in the bundled staff
// function), the importer (in this process, as `npm run import` runs it), a revision started from the
// published text, and a reader paging through a long 裁量基准.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportReport } from '#types/api/workflow';
import type { PolicyView } from '#types/api/policy-views';
import type { Block, TableBlock, TableRow } from '#types/models/content';
import { POLICY_COLLECTION } from '#types/models/policy';
import { toBlocks } from '../../cloudfunctions/_shared/text/to-blocks';
import { policyInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { TEST_START } from '../support/test-start';
import { publish } from '../support/workflow-steps';
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import { demoCheck } from '../../scripts/demo/demo-confidentiality';

let cloud: ProductCloud;
let importItems: (rows: unknown[], actor: string, now: Date, check: ConfidentialityCheck) => Promise<ImportReport>;

const fixture = (name: string): string => readFileSync(join(__dirname, '../fixtures/html', name), 'utf8');
const bodyOf = async (id: string): Promise<Block[]> => (await cloud.db.collection(POLICY_COLLECTION).doc(id).get()).data.body;
const tableRows = (blocks: Block[]): TableRow[] =>
  blocks.filter((b): b is TableBlock => b.kind === 'table').flatMap((t) => (t.continued ? t.rows.slice(1) : t.rows));

beforeAll(async () => {
  cloud = await startProductCloud();
  // The importer runs in this process, like npm run import: point the shared cloud module here first.
  Object.assign(process.env, cloud.emulator.sdkEnv);
  ({ importItems } = await import('../../cloudfunctions/_shared/content/import-items'));
}, 120_000);
afterAll(() => cloud.emulator.stop());

describe('originals with tables', () => {
  it('are stored the same from the staff editor and from the importer', async () => {
    const body = { format: 'html', source: fixture('word-sangong-notice.html') };
    const fromEditor = await publish(cloud, 'policy', policyInput({ body }));
    const report = await importItems([{ kind: 'policy', externalId: 'sangong-2024', content: policyInput({ body }) }], 'test-import', new Date(TEST_START), demoCheck('test-import', new Date(TEST_START)));
    expect(report.rejected).toEqual([]);
    const stored = await bodyOf(fromEditor.targetId);
    expect(await bodyOf('policy-x-sangong-2024')).toEqual(stored);
    expect(stored).toEqual(toBlocks(body as { format: 'html'; source: string }));
    expect(tableRows(stored)[1]?.cells).toEqual(['合 计', '46', '51', '-5']);
  });

  it('keep their tables when staff revise the published text', async () => {
    const first = await publish(cloud, 'policy', policyInput({ body: { format: 'html', source: fixture('word-sangong-notice.html') } }));
    const editable = await cloud.call<{ content: Record<string, unknown> }>('staff', 'getEditable', { kind: 'policy', targetId: first.targetId }, 'editor');
    if (!editable.ok) throw new Error(editable.message);
    expect(editable.data.content.body).toMatchObject({ format: 'text', source: expect.stringContaining('合 计\t46\t51\t-5') });
    await publish(cloud, 'policy', { ...editable.data.content, summary: '更新了摘要。' }, first.targetId);
    const revised = await bodyOf(first.targetId);
    expect(tableRows(revised).map((r) => r.cells[0])).toEqual(['项 目', '合 计', '1.因公出国（境）费', '2.公务接待费', '3.公务用车购置及运行费 （含执法执勤用车）', '执法执勤用车外观']);
    expect(revised.filter((b) => b.kind === 'article')).toHaveLength(2);
  });

  it('page a 300-row 裁量基准 under 64 KB a screen, every row reaching the reader', async () => {
    // The Word-exported page itself (about 230,000 characters), as staff paste or import it.
    const id = (await publish(cloud, 'policy', policyInput({ body: { format: 'html', source: fixture('caijiang-jizhun-300.html') } }))).targetId;
    const first = await cloud.call<PolicyView>('public', 'getPolicy', { id }, 'citizenA');
    if (!first.ok) throw new Error(first.message);
    expect(Buffer.byteLength(JSON.stringify(first.data))).toBeLessThan(64 * 1024);
    const blocks = [...first.data.body];
    for (let from = first.data.bodyNextFrom; from !== null; ) {
      const next = await cloud.call<{ blocks: Block[]; nextFrom: number | null }>('public', 'getPolicyBody', { id, from }, 'citizenA');
      if (!next.ok) throw new Error(next.message);
      expect(Buffer.byteLength(JSON.stringify(next.data))).toBeLessThan(64 * 1024);
      blocks.push(...next.data.blocks);
      from = next.data.nextFrom;
    }
    expect(first.data.bodyNextFrom).not.toBeNull();
    expect(blocks).toEqual(await bodyOf(id));
    expect(tableRows(blocks).filter((r) => !r.header && r.cells[1] !== null)).toHaveLength(318);
  });
});
