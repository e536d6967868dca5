import type { Page } from 'playwright-core';
import { CONFIDENTIALITY } from '../support/workflow-steps';
import { policyInput, qaInput } from '../support/builders';
import { phoneContext } from './support/browser';
import { useBrowserCloud } from './support/browser-cloud';

const env = useBrowserCloud(async (cloud) => {
  const items = [
    { kind: 'term', externalId: 't-overload', content: { term: '超限运输', aliases: ['超载'], plain: '货车的重量或尺寸超过公路允许的标准。' } },
    { kind: 'policy', externalId: 'old', content: policyInput({ title: '清溪县治超办法（旧）', category: 'overload', issuedAt: '2020-01-01' }) },
    { kind: 'policy', externalId: 'new', content: policyInput({ title: '清溪县治超办法', category: 'overload', replaces: 'old', summary: '超限运输要卸载并处罚。', explainer: { keyPoints: ['超载要卸货'], changesForYou: ['出车前先称重'], differences: [{ before: '只罚款', after: '卸载并记入信用' }] } }) },
    { kind: 'qa', externalId: 'q1', content: qaInput({ policyId: 'new', topic: 'overload', question: '超载被查到怎么办？', answer: '要卸载到合法标准并接受处罚。' }) },
  ];
  const res = await cloud.call('staff', 'importContent', { items, confidentiality: CONFIDENTIALITY }, 'admin');
  if (!res.ok) throw new Error(res.message);
});

async function open(path: string): Promise<Page> {
  const page = await (await phoneContext(env.browser)).newPage();
  await page.goto(`${env.cloud.emulator.url}/#${path}`);
  return page;
}

describe('reading a policy', () => {
  it('goes from the home page to the library to a policy’s explainer, Q&A and original', async () => {
    const page = await open('/pages/index/index');
    await page.getByText('政策文件', { exact: true }).click();
    await page.getByText('全部类别').waitFor();
    // Pages stay in the DOM under the one on top (and slide over it): act on the newest page only.
    await page.locator('.taro_page').last().locator('.card__title', { hasText: /^清溪县治超办法$/ }).click();
    await page.getByText('一句话看懂').waitFor();
    await page.getByText('现在：卸载并记入信用').waitFor();
    await page.locator('.web-button', { hasText: '一问一答' }).click();
    await page.getByText('问：超载被查到怎么办？').waitFor();
    await page.locator('.web-button', { hasText: '原文' }).click();
    await page.getByText('第一章 总则').waitFor();
    await page.getByText(/第1版 · 首次发布/).waitFor();
  });

  it('opens a published policy from the home feed', async () => {
    const page = await open('/pages/index/index');
    await page.locator('.card__title', { hasText: /^清溪县治超办法$/ }).first().click();
    await page.getByText('一句话看懂').waitFor();
  });

  it('explains a marked glossary term on tap', async () => {
    const page = await open('/pages/policy/index?id=policy-x-new');
    await page.locator('.term', { hasText: '超限运输' }).first().click();
    await page.getByText('货车的重量或尺寸超过公路允许的标准。').waitFor();
  });

  it('shows the superseded banner on the old policy, linking to the new one', async () => {
    const page = await open('/pages/policy/index?id=policy-x-old');
    await page.getByText('此政策已废止，不再执行。').waitFor();
    await page.locator('.web-button', { hasText: '查看现行政策' }).click();
    await page.getByText('一句话看懂').waitFor();
    await page.locator('.hero__title', { hasText: '清溪县治超办法' }).waitFor();
  });

  it('says so for a link to a policy that does not exist', async () => {
    const page = await open('/pages/policy/index?id=nope');
    await page.getByText('政策不存在或已删除').waitFor();
  });
});

describe('searching', () => {
  it('finds the policy by an everyday word and highlights it', async () => {
    const page = await open(`/pages/search/index?q=${encodeURIComponent('超载')}`);
    await page.locator('.card__title', { hasText: '清溪县治超办法' }).first().waitFor();
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
  });

  it('suggests what to do when nothing matches', async () => {
    const page = await open(`/pages/search/index?q=${encodeURIComponent('火星')}`);
    await page.getByText(/没找到答案？换个说法试试/).waitFor();
  });
});
