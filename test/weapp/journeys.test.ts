// Citizens' journeys on the weapp build in the simulated WeChat client, on the demo data: taps,
// typing and WeChat's dialogs, with what reached the local cloud checked there.
import { NOTICE_PREFS_COLLECTION } from '#types/models/notice';
import type { ProductCloud } from '../support/product-cloud';
import { startDemoCloud } from './support/demo-cloud';
import { demoIds, pageUrl } from './support/page-cases';
import type { SubscribeAnswer } from './support/fake-wx';
import { MiniProgram } from './support/mini-program';

let cloud: ProductCloud;
beforeAll(async () => {
  cloud = await startDemoCloud();
}, 120_000);
afterAll(() => cloud?.emulator.stop());

let phones: MiniProgram[] = [];
function phone(persona: 'citizenA' | 'citizenB' = 'citizenA'): MiniProgram {
  const mp = MiniProgram.launch({ cloud, persona });
  phones.push(mp);
  return mp;
}
afterEach(() => {
  const problems = phones.flatMap((mp) => mp.takeProblems());
  for (const mp of phones) mp.close();
  phones = [];
  expect(problems).toEqual([]);
});

/** Waits (counting its own steps, not the clock) until `check` holds. */
async function waitFor(check: () => boolean, steps = 250): Promise<void> {
  for (let step = 0; !check(); step += 1) {
    if (step >= steps) throw new Error('waited too long');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const routesOf = (mp: MiniProgram): string[] => mp.pages.map((p) => p.route);

async function consents(openid: string): Promise<Record<string, { accepted: boolean; remaining: number }>> {
  const { data } = await cloud.db.collection(NOTICE_PREFS_COLLECTION).where({ _id: openid }).get();
  return ((data[0] as { consents?: Record<string, { accepted: boolean; remaining: number }> } | undefined)?.consents) ?? {};
}

describe('reading a policy', () => {
  it('goes home → 政策文件 → a policy → its 一问一答 tab', async () => {
    const mp = phone();
    const home = await mp.open('/pages/index/index');
    await home.tap('政策文件');
    expect(routesOf(mp)).toEqual(['pages/index/index', 'pages/policies/index']);
    await mp.current.tap('清溪县农村公路养护管理办法（2026年修订）');
    expect(routesOf(mp)).toEqual(['pages/index/index', 'pages/policies/index', 'pages/policy/index']);
    expect(mp.current.query.id).toBe('policy-x-county-rural-road-2026');
    await mp.current.waitForText('一句话看懂');
    await mp.current.tap('一问一答');
    await mp.current.waitForText('村道坏了找谁修？');
    expect(mp.current.text()).not.toContain('一句话看懂');
  });
});

describe('reading again without a signal', () => {
  it('shows a policy, a project and a notice opened before, marked as saved on the phone, and a page never opened as an error', async () => {
    const mp = phone();
    const ids = await demoIds(cloud);
    const pages = [
      { url: pageUrl('pages/policy/index', ids), text: '一句话看懂' },
      { url: pageUrl('pages/project/index', ids), text: '进度节点' },
      { url: pageUrl('pages/notice/index', ids), text: '影响范围' },
    ];
    for (const { url, text } of pages) await (await mp.open(url)).waitForText(text);
    mp.offline = true;
    for (const { url, text } of pages) {
      const page = await mp.open(url);
      await page.waitForText('保存在手机上的内容');
      expect(page.text()).toContain(text);
    }
    const never = await mp.open('/more/service/index?id=service-x-never-opened');
    await never.waitForText('网络不给力');
    expect(never.text()).not.toContain('保存在手机上的内容');
  }, 60_000);
});

describe('searching with everyday words', () => {
  it('finds the answer for 村道坏了 from the home search box and opens it', async () => {
    const mp = phone();
    const home = await mp.open('/pages/index/index');
    await home.tap('搜索政策、问答');
    const search = mp.current;
    expect(search.route).toBe('pages/search/index');
    await search.type('用大白话搜，如：网约车要办什么证', '村道坏了');
    await search.confirm('用大白话搜，如：网约车要办什么证');
    await search.waitForText('村道坏了找谁修？');
    await search.waitForText('农村公路路况问题报修');
    await search.tap('村道坏了找谁修？');
    expect(mp.current.route).toBe('pages/qa/index');
    await mp.current.waitForText('乡镇政府负责监督');
  });
});

describe('asking a question with a reply reminder', () => {
  // One person answers WeChat's dialog three ways on three questions; each answer is recorded as given.
  const cases: [SubscribeAnswer, string, { accepted: boolean; remaining: number }][] = [
    ['accept', '村口桥头的护栏断了一截，晚上很危险', { accepted: true, remaining: 1 }],
    ['reject', '公交站牌被风吹歪了，看不清时刻表', { accepted: false, remaining: 1 }],
    ['ban', '石门村的路灯坏了一个多月了，请派人看看', { accepted: false, remaining: 0 }],
  ];

  it.each(cases)('sends the question whatever the dialog answers (%s), and records that answer', async (answer, text, consent) => {
    const mp = phone('citizenB');
    mp.wx.subscribeAnswer = answer;
    const ask = await mp.open('/more/ask/index');
    await ask.type(0, text);
    await ask.tap('提交');
    await ask.waitForText('受理编号');
    // The dialog opened on the tap itself, before anything went to the cloud, with the reply template.
    const dialog = mp.wx.calls.findIndex((c) => c.api === 'requestSubscribeMessage');
    const submit = mp.wx.calls.findIndex((c) => c.api === 'cloud.callFunction' && (c.options.data as { action?: string }).action === 'submitCase');
    expect(dialog).toBeGreaterThanOrEqual(0);
    expect(dialog).toBeLessThan(submit);
    expect(mp.wx.callsTo('requestSubscribeMessage')[0]?.options.tmplIds).toEqual(['local-template-case']);
    expect((await consents('o-local-citizen-b')).case).toMatchObject(consent);
    await ask.tap('查看我的提问');
    expect(mp.current.route).toBe('more/my-cases/index');
    await mp.current.waitForText(text);
  });

  it('still sends the question when the person has switched all subscriptions off', async () => {
    // Someone who never answered the dialog before: the refusal is recorded as one.
    expect((await consents('o-local-citizen-a')).case).toBeUndefined();
    const mp = phone('citizenA');
    mp.wx.subscribeAnswer = 'switched-off';
    const ask = await mp.open('/more/ask/index');
    await ask.type(0, '县城到岭口的班车能不能加一班');
    await ask.tap('提交');
    await ask.waitForText('受理编号');
    expect((await consents('o-local-citizen-a')).case).toMatchObject({ accepted: false, remaining: 0 });
  });

  it('asks for at least five characters before anything is sent', async () => {
    const mp = phone('citizenB');
    const ask = await mp.open('/more/ask/index');
    await ask.type(0, '路坏');
    await ask.tap('提交');
    await ask.waitForText('请至少写 5 个字');
    expect(mp.wx.callsTo('requestSubscribeMessage')).toEqual([]);
  });
});

describe('通知设置: WeChat reminders', () => {
  it('turns on the long-term reminders when the person agrees, and says so when they do not', async () => {
    const mp = phone();
    mp.wx.subscribeAnswer = 'reject';
    const settings = await mp.open('/more/notice-settings/index');
    await settings.waitForText('出行和公告提醒：未开启');
    await settings.tap('开启微信提醒');
    await settings.waitForText('你没有同意，微信不会提醒');
    expect(mp.wx.callsTo('requestSubscribeMessage')[0]?.options.tmplIds).toEqual(['local-template-notice', 'local-template-digest']);
    expect((await consents('o-local-citizen-a')).notice).toMatchObject({ accepted: false });

    mp.wx.subscribeAnswer = 'accept';
    await settings.tap('开启微信提醒');
    await settings.waitForText('已开启微信提醒');
    await settings.waitForText('出行和公告提醒：已开启');
    await settings.waitForText('重新设置微信提醒');
    expect((await consents('o-local-citizen-a')).notice).toMatchObject({ accepted: true });
    expect((await consents('o-local-citizen-a')).digest).toMatchObject({ accepted: true });
  });
});

describe('朗读', () => {
  // The simulator, like a mini-program without WeChat's 同声传译 plugin, has no requirePlugin: the button says so.
  it('on a notice and a policy explainer, says 朗读暂不可用 where the speech plugin cannot be loaded', async () => {
    const mp = phone();
    const notice = await mp.open(`/pages/notice/index?id=${(await demoIds(cloud)).noticeId}`);
    await notice.tap('朗读这条通知');
    await notice.waitForText('朗读暂不可用');
    const policy = await mp.open('/pages/policy/index?id=policy-x-county-rural-road-2026');
    await policy.tap('朗读解读');
    await policy.waitForText('朗读暂不可用');
  });

  it('reads a notice through WeChat\'s 同声传译 plugin where the phone has it: spoken form, pause, resume, stop', async () => {
    type Tts = { lang: string; content: string; success(res: { retcode: number; filename: string }): void };
    const asked: Tts[] = [];
    const wechatSi = { textToSpeech: (o: Tts) => void asked.push(o) };
    const mp = MiniProgram.launch({ cloud, persona: 'citizenA', plugins: { WechatSI: wechatSi } });
    phones.push(mp);
    const notice = await mp.open(`/pages/notice/index?id=${(await demoIds(cloud)).noticeId}`);
    await notice.tap('朗读这条通知');
    await notice.waitForText('停止');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.lang).toBe('zh_CN');
    expect(asked[0]?.content).toContain('交通管制：国道二三五清溪段夜间半幅封闭。');
    expect(asked[0]?.content).not.toMatch(/[0-9]/);
    asked[0]?.success({ retcode: 0, filename: 'https://tts.invalid/1.mp3' });
    await notice.waitForText('暂停');
    const audio = mp.wx.audios[0];
    await waitFor(() => audio?.playing === true);
    expect(audio?.src).toBe('https://tts.invalid/1.mp3');
    await notice.tap('暂停');
    await notice.waitForText('继续朗读');
    expect(audio?.playing).toBe(false);
    await notice.tap('继续朗读');
    await notice.waitForText('暂停');
    expect(audio?.playing).toBe(true);
    await notice.tap('停止');
    await notice.waitForText('朗读这条通知');
    expect(audio?.destroyed).toBe(true);
  });
});

describe('sharing', () => {
  // The share card's path, opened by someone else on their phone, shows the same content.
  const shared: [string, string][] = [
    ['/pages/policy/index?id=policy-x-county-rural-road-2026', '清溪县农村公路养护管理办法（2026年修订）'],
    ['/pages/project/index?id=project-x-g235-upgrade', 'G235清溪段路面改造工程'],
    ['/more/service/index?id=service-x-passenger-licence', '道路旅客运输经营许可'],
    ['/more/consultation/index?id=consultation-x-rural-road-maintenance-2026', '清溪县农村公路养护管理办法（征求意见稿）'],
  ];

  it.each(shared)('%s shares a path that opens the same content', async (url, title) => {
    const sender = phone();
    const page = await sender.open(url);
    await page.waitForText(title);
    const card = page.share();
    expect(card?.title).toBeTruthy();
    expect(card?.path?.startsWith('/')).toBe(true);
    const receiver = phone('citizenB');
    const opened = await receiver.open(card?.path as string);
    expect(opened.route).toBe(page.route);
    await opened.waitForText(title);
  });
});
