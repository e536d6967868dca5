// External links in published content (#17.5) on the local cloud, against a real HTTP server: the
// timer's check-links task asks each address, a few per run and never two at once to one host; a link
// failing twice in a row (an hour apart) is listed among content health on the freshness page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FreshnessView } from '#types/api/freshness';
import { FRESHNESS_COLLECTION, LINK_CHECKS_ID, type LinkChecksDoc } from '#types/models/freshness';
import { findLinks, linksIn } from '../../cloudfunctions/_shared/freshness/links/find-links';
import { httpStatus, isInsideAddress } from '../../cloudfunctions/_shared/freshness/links/http-status';
import { noticeInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';

const cst = (text: string): Date => new Date(`${text}+08:00`);

describe('finding links in published text', () => {
  it('takes http(s) addresses out of Chinese text, without the sentence’s punctuation', () => {
    expect(linksIn('详见https://jtj.example.gov.cn/a?id=1。或访问 http://x.example.cn/b).')).toEqual(['https://jtj.example.gov.cn/a?id=1', 'http://x.example.cn/b']);
    expect(linksIn('没有链接')).toEqual([]);
  });

  it('lists each address once with the items carrying it (a guide’s 网上办理 address, notices’ text)', () => {
    const found = findLinks({
      services: [{ _id: 's1', name: '道路运输证补办', onlineUrl: 'https://zwfw.example.cn/1' }, { _id: 's2', name: '无', onlineUrl: null }],
      notices: [{ _id: 'n1', title: '封路', body: '办理入口 https://zwfw.example.cn/1 ，或电话。' }],
    });
    expect(found).toEqual([{ url: 'https://zwfw.example.cn/1', items: [
      { kind: 'service', itemId: 's1', title: '道路运输证补办', page: '/staff/edit/index?kind=service&targetId=s1' },
      { kind: 'notice', itemId: 'n1', title: '封路', page: '/staff/content/index' },
    ] }]);
  });
});

describe('addresses inside a network', () => {
  it('are told from public ones: loopback, private, link-local (cloud metadata), carrier NAT, multicast, IPv6 and mapped forms', () => {
    for (const inside of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect([inside, isInsideAddress(inside)]).toEqual([inside, true]);
    }
    for (const outside of ['8.8.8.8', '202.96.134.133', '172.32.0.1', '100.128.0.1', '2400:3200::1', '::ffff:8.8.8.8']) {
      expect([outside, isInsideAddress(outside)]).toEqual([outside, false]);
    }
  });

  it('are never asked, written as numbers or as a name that resolves to one, and say why', async () => {
    let hits = 0;
    const local = createServer((_req, res) => {
      hits += 1;
      res.writeHead(200).end();
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const port = (local.address() as AddressInfo).port;
    try {
      for (const url of [`http://127.0.0.1:${port}/`, `http://[::1]:${port}/`, `http://localhost:${port}/`, 'http://169.254.169.254/latest/meta-data/']) {
        await expect(httpStatus(url, 2_000)).resolves.toEqual({ status: null, error: 'PRIVATE_ADDRESS' });
      }
      expect(hits).toBe(0);
    } finally {
      local.close();
    }
  });
});

describe('checking them from the timer', () => {
  let server: Server;
  let base = '';
  const hits: Record<string, number> = {};
  let inFlight = 0;
  let mostInFlight = 0;
  let cloud: ProductCloud;
  let noticeId = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0] as string;
      hits[`${req.method} ${path}`] = (hits[`${req.method} ${path}`] ?? 0) + 1;
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        if (path === '/ok') res.writeHead(200);
        else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200);
        else res.writeHead(404);
        res.end();
      }, 50);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The test's server is on this machine, an address the check otherwise refuses (see below).
    cloud = await startProductCloud({ at: '2026-10-09T09:00:00+08:00', functionEnv: { LINK_CHECK_ALLOWED_HOSTS: '127.0.0.1' } });
    noticeId = (await publish(cloud, 'notice', noticeInput({ title: '客运站搬迁', body: `新站信息见 ${base}/ok ，线路表见 ${base}/gone 。购票 ${base}/no-head` }))).targetId;
  });
  afterAll(async () => {
    await cloud.emulator.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const at = async (time: string): Promise<void> => {
    cloud.emulator.clock.set(`${time}+08:00`);
    await runJobs(cloud.emulator, { at: cst(time) });
  };
  const stored = async (): Promise<LinkChecksDoc> => ((await cloud.db.collection(FRESHNESS_COLLECTION).doc(LINK_CHECKS_ID).get()) as { data: LinkChecksDoc }).data;
  const health = async () => {
    const res = await cloud.call<FreshnessView>('staff', 'getFreshness', {}, 'editor');
    if (!res.ok) throw new Error(res.message);
    return res.data.health.filter((h) => h.problem === 'broken_link');
  };

  it('asks each address once, one request at a time to the host, GET where HEAD is refused', async () => {
    await at('2026-10-09T10:00:00');
    const byUrl = Object.fromEntries(Object.values((await stored()).links).map((l) => [l.url.slice(base.length), l]));
    expect(byUrl['/ok']).toMatchObject({ ok: true, status: 200, failures: 0, items: [{ kind: 'notice', itemId: noticeId, title: '客运站搬迁' }] });
    expect(byUrl['/gone']).toMatchObject({ ok: false, status: 404, failures: 1 });
    expect(byUrl['/no-head']).toMatchObject({ ok: true, status: 200 });
    expect(hits).toEqual({ 'HEAD /ok': 1, 'HEAD /gone': 1, 'HEAD /no-head': 1, 'GET /no-head': 1 });
    expect(mostInFlight).toBe(1);
  });

  it('does not report one failure; asks a failed link again after an hour and a good one after a day', async () => {
    await at('2026-10-09T10:15:00');
    expect(await health()).toEqual([]);
    expect(hits['HEAD /gone']).toBe(1);
    await at('2026-10-09T11:05:00');
    expect(hits['HEAD /gone']).toBe(2);
    expect(hits['HEAD /ok']).toBe(1);
  });

  it('lists a link that failed twice in a row among content health, with where to fix it', async () => {
    await at('2026-10-09T11:20:00');
    expect(await health()).toEqual([
      { key: `link:${noticeId}:${base}/gone`, problem: 'broken_link', kind: 'notice', itemId: noticeId, title: '客运站搬迁', detail: `链接 ${base}/gone 打不开（HTTP 404）`, ownerName: 'editor', page: '/staff/content/index' },
    ]);
  });
});
