// Creates the declared indexes in a real cloud environment through WeChat's database index API, with an
// access token from the mini-program's AppID and AppSecret (WX_APPID, WX_APPSECRET). Safe to run again:
// an index already in place is reported as such. The local cloud needs none of this: it reads the
// declarations at start and holds every query to them.
import { INDEXES } from '#types/models/indexes';
import { alreadyThere, indexRequests } from './index-requests';

const API = 'https://api.weixin.qq.com';

async function accessToken(appid: string, secret: string): Promise<string> {
  const res = await fetch(`${API}/cgi-bin/stable_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credential', appid, secret }),
  });
  const body = (await res.json()) as { access_token?: string; errcode?: number; errmsg?: string };
  if (!body.access_token) throw new Error(`取不到 access_token：${body.errcode ?? res.status} ${body.errmsg ?? ''}`);
  return body.access_token;
}

/** Creates every declared index in `env`; returns the lines to print. */
export async function createIndexes(env: string): Promise<string[]> {
  const { WX_APPID, WX_APPSECRET } = process.env;
  if (!WX_APPID || !WX_APPSECRET) {
    return ['未设置 WX_APPID 和 WX_APPSECRET，跳过建索引：请设置后重跑，或在云开发控制台按 README 的索引表手工建立'];
  }
  const token = await accessToken(WX_APPID, WX_APPSECRET);
  const lines: string[] = [];
  for (const body of indexRequests(env, INDEXES)) {
    const [index] = body.create_indexes;
    const res = await fetch(`${API}/tcb/updateindex?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as { errcode?: number; errmsg?: string };
    const what = `${body.collection_name}.${index?.name ?? ''}`;
    if (!answer.errcode) lines.push(`已建索引 ${what}`);
    else if (alreadyThere(answer.errmsg ?? '')) lines.push(`索引 ${what} 已存在`);
    else throw new Error(`建索引 ${what} 失败：${answer.errcode} ${answer.errmsg ?? ''}`);
  }
  return lines;
}
