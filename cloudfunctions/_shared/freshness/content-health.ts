// Content health (#17.5): policies past their expiry still marked in force, guides whose basis policy
// was repealed, superseded, withdrawn or is gone, and attachments whose file is no longer in storage.
import { type HealthRow, LINK_BROKEN_AFTER, type LinkChecksDoc } from '#types/models/freshness';
import { fileUrls } from '../file-urls';
import type { PolicyRow, ProjectRow, ServiceRow } from './read-published';

export function policyAndBasisHealth(policies: PolicyRow[], services: ServiceRow[], now: Date): HealthRow[] {
  const rows: HealthRow[] = [];
  const byId = new Map(policies.map((p) => [p._id, p]));
  for (const p of policies) {
    if (p.lifecycle === 'published' && p.status === 'in_force' && p.expiresAt && p.expiresAt.getTime() < now.getTime()) {
      rows.push({ key: `expired:${p._id}`, problem: 'expired_in_force', kind: 'policy', itemId: p._id, title: p.title, detail: '有效期已届满，仍显示为“现行有效”', owner: null, page: `/staff/edit/index?kind=policy&targetId=${p._id}` });
    }
  }
  for (const s of services) {
    for (const id of s.basisPolicyIds ?? []) {
      const p = byId.get(id);
      const why = !p ? '已不存在' : p.status === 'repealed' ? '已废止' : p.lifecycle === 'superseded' ? '已被替代' : p.lifecycle === 'withdrawn' ? '已撤回' : null;
      if (why) rows.push({ key: `basis:${s._id}:${id}`, problem: 'basis_repealed', kind: 'service', itemId: s._id, title: s.name, detail: `依据的政策${p ? `《${p.title}》` : `（编号 ${id}）`}${why}`, owner: null, page: `/staff/edit/index?kind=service&targetId=${s._id}` });
    }
  }
  return rows;
}

interface FileRef {
  kind: 'policy' | 'disclosure';
  itemId: string;
  title: string;
  name: string;
  fileId: string;
  page: string;
}

export function attachedFiles(policies: PolicyRow[], projects: ProjectRow[]): FileRef[] {
  const refs: FileRef[] = [];
  for (const p of policies) if (p.lifecycle === 'published') for (const a of p.attachments ?? []) refs.push({ kind: 'policy', itemId: p._id, title: p.title, name: a.name, fileId: a.fileId, page: `/staff/edit/index?kind=policy&targetId=${p._id}` });
  for (const p of projects) for (const d of p.disclosures) if (d.fileId) refs.push({ kind: 'disclosure', itemId: p._id, title: p.name, name: d.title, fileId: d.fileId, page: `/staff/edit/index?kind=project&targetId=${p._id}` });
  return refs;
}

/** Asks storage for a link to every attached file (50 per call); the ones it cannot give are missing. */
export async function missingFiles(refs: FileRef[]): Promise<HealthRow[]> {
  if (!refs.length) return [];
  const urls = await fileUrls(refs.map((r) => r.fileId));
  return refs
    .filter((r) => !urls.has(r.fileId))
    .map((r) => ({ key: `file:${r.itemId}:${r.fileId}`, problem: 'missing_file' as const, kind: r.kind, itemId: r.itemId, title: r.title, detail: `附件“${r.name}”的文件已不存在`, owner: null, page: r.page }));
}

/** Links the check-links task found failing LINK_BROKEN_AFTER times in a row, one row per item carrying them. */
export function brokenLinks(doc: LinkChecksDoc | null): HealthRow[] {
  const rows: HealthRow[] = [];
  for (const link of Object.values(doc?.links ?? {})) {
    if (link.ok || link.failures < LINK_BROKEN_AFTER) continue;
    const why = link.status !== null ? `HTTP ${link.status}` : link.error === '超时' ? '没有响应' : link.error === 'PRIVATE_ADDRESS' ? '内部网络地址，不予访问（公开内容应使用互联网地址）' : `无法连接：${link.error ?? '未知'}`;
    for (const item of link.items) {
      rows.push({ key: `link:${item.itemId}:${link.url}`, problem: 'broken_link', kind: item.kind, itemId: item.itemId, title: item.title, detail: `链接 ${link.url} 打不开（${why}）`, owner: null, page: item.page });
    }
  }
  return rows;
}
