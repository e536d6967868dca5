// Answers `wx.openApi` calls locally, records every call in an outbox that tests read,
// and lets a test script the failures the real platform gives (quota used, bad data, ...) and how
// slowly it answers.
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';

export interface OutboxEntry {
  api: string;
  params: Record<string, unknown>;
  at: Date;
  /** 0 when the call succeeded. */
  errcode: number;
}

export interface OpenApiReply {
  body: Buffer;
  contentType: string;
}

type Params = Record<string, unknown>;

/** Words the local content check treats as risky, so tests and demos can see a rejection. */
export const RISKY_WORDS = ['赌博', '诈骗', '枪支', '毒品'];

// Data limits of subscription message fields (value kinds by key prefix).
const FIELD_LIMITS: [prefix: string, max: number][] = [
  ['character_string', 32],
  ['thing', 20],
  ['phrase', 5],
  ['name', 10],
  ['number', 32],
  ['letter', 32],
  ['symbol', 5],
  ['car_number', 8],
];

/** Where a URL link leads, and until when (the platform's links are short and expire). */
interface UrlLink {
  target: string;
  expiresAt: number;
}

export class OpenApiService {
  readonly outbox: OutboxEntry[] = [];
  private readonly links = new Map<string, UrlLink>();
  private readonly scripted = new Map<string, number[]>();
  private readonly rules: { api: string; errcode: number; when: (params: Params) => boolean }[] = [];
  private readonly delays: { api: string; ms: number; when: (params: Params) => boolean }[] = [];

  constructor(private readonly publicUrl: () => string) {}

  /** The next `times` calls of `api` fail with `errcode` (e.g. 43101 refused, 47003 bad data, 45009 quota). */
  failNext(api: string, errcode: number, times = 1): void {
    const queue = this.scripted.get(api) ?? [];
    for (let i = 0; i < times; i++) queue.push(errcode);
    this.scripted.set(api, queue);
  }

  /** Every call of `api` whose parameters match fails with `errcode` (e.g. some people refusing, 43101). */
  failWhen(api: string, errcode: number, when: (params: Params) => boolean): void {
    this.rules.push({ api, errcode, when });
  }

  /** Every call of `api` whose parameters match is answered only after `ms` (a slow platform); the first matching rule counts. */
  delayWhen(api: string, ms: number, when: (params: Params) => boolean = () => true): void {
    this.delays.push({ api, ms, when });
  }

  reset(): void {
    this.outbox.length = 0;
    this.scripted.clear();
    this.rules.length = 0;
    this.delays.length = 0;
  }

  async handle(api: string, params: Params): Promise<OpenApiReply> {
    const rule = this.rules.find((r) => r.api === api && r.when(params));
    const errcode = this.scripted.get(api)?.shift() ?? rule?.errcode ?? this.validate(api, params);
    const delay = this.delays.find((d) => d.api === api && d.when(params));
    // The call is in the outbox once it is answered: a message counts as sent when the platform says so.
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay.ms));
    this.outbox.push({ api, params, at: new Date(), errcode });
    if (errcode !== 0) return json({ errcode, errmsg: `scripted or invalid call, errcode ${errcode}` });
    switch (api) {
      case 'subscribeMessage.send':
        return json({ errcode: 0, errmsg: 'ok' });
      case 'urllink.generate':
        return json({ errcode: 0, errmsg: 'ok', url_link: this.shortLink(params) });
      case 'security.msgSecCheck':
        return json(contentCheck(String(params.content ?? '')));
      case 'wxacode.getUnlimited': {
        const target = this.pageUrl(params.page ?? 'pages/index/index', `scene=${String(params.scene ?? '')}`);
        const width = Math.min(Math.max(Number(params.width ?? 430), 280), 1280);
        return { body: await QRCode.toBuffer(target, { type: 'png', width }), contentType: 'image/png' };
      }
      default:
        return json({ errcode: 0, errmsg: 'ok' });
    }
  }

  /** The real platform's validation errors, for the rules that code can break. */
  private validate(api: string, params: Params): number {
    if (api === 'subscribeMessage.send') {
      if (typeof params.touser !== 'string' || !params.touser) return 40003;
      if (typeof params.template_id !== 'string' || !params.template_id) return 40037;
      const data = (params.data ?? {}) as Record<string, { value?: unknown }>;
      for (const [key, field] of Object.entries(data)) {
        const limit = FIELD_LIMITS.find(([prefix]) => key.startsWith(prefix))?.[1];
        const value = String(field?.value ?? '');
        if (!value || (limit !== undefined && [...value].length > limit)) return 47003;
      }
    }
    if (api === 'wxacode.getUnlimited') {
      const scene = String(params.scene ?? '');
      if (!scene || scene.length > 32 || !/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/.test(scene)) return 40169;
    }
    if (api === 'urllink.generate') {
      // The platform's limits: a query of at most 1024 characters, a link valid at most 30 days.
      if (String(params.query ?? '').length > 1024) return 40212;
      if (params.expire_type === 1 && !(Number(params.expire_interval) >= 1 && Number(params.expire_interval) <= 30)) return 40165;
    }
    if (api === 'security.msgSecCheck') {
      if (typeof params.openid !== 'string' || !params.openid) return 40003;
      if (String(params.content ?? '').length > 2500) return 87014;
    }
    return 0;
  }

  /** A short link as the platform gives one (https://wxaurl.cn/… there, /l/… here), opening the page until it expires. */
  private shortLink(params: Params): string {
    const code = randomBytes(8).toString('base64url').slice(0, 11);
    const days = params.expire_type === 1 ? Number(params.expire_interval ?? 30) : 30;
    const expiresAt = params.expire_type === 0 && params.expire_time ? Number(params.expire_time) * 1000 : Date.now() + days * 86_400_000;
    this.links.set(code, { target: this.pageUrl(params.path, params.query), expiresAt });
    return `${this.publicUrl()}/l/${code}`;
  }

  /** Where a short link leads, or null when it is unknown or expired. */
  resolveLink(code: string, now = Date.now()): string | null {
    const link = this.links.get(code);
    return link && link.expiresAt > now ? link.target : null;
  }

  private pageUrl(path: unknown, query: unknown): string {
    const page = String(path ?? 'pages/index/index').replace(/^\//, '');
    const search = query ? `?${String(query)}` : '';
    return `${this.publicUrl()}/#/${page}${search}`;
  }
}

function json(value: unknown): OpenApiReply {
  return { body: Buffer.from(JSON.stringify(value)), contentType: 'application/json' };
}

function contentCheck(content: string): Record<string, unknown> {
  const hit = RISKY_WORDS.find((word) => content.includes(word));
  const suggest = hit ? 'risky' : 'pass';
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label: hit ? 20001 : 100 },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label: hit ? 20001 : 100, keyword: hit ?? '' }],
    trace_id: `local-${Date.now()}`,
  };
}
