// Temporary download links for stored files. Each file stands on its own: one that is malformed,
// missing or unreadable is simply absent from the map (the page shows it as unavailable), and never
// fails the page or list around it.
import { parseFileId } from '#types/api/file-id';
import { cloud } from './cloud';
import { logError } from './log-error';

/** The most file ids getTempFileURL takes in one call. */
const BATCH = 50;

interface Link {
  fileID: string;
  tempFileURL?: string;
  status?: number;
}

async function linksOf(fileIds: string[]): Promise<Link[]> {
  const res = (await cloud.getTempFileURL({ fileList: fileIds })) as { fileList?: Link[] };
  return res.fileList ?? [];
}

/** One call for a batch; when the whole call fails, one call per file so only the bad one is lost. */
async function resolveBatch(fileIds: string[]): Promise<Link[]> {
  try {
    return await linksOf(fileIds);
  } catch (error) {
    if (fileIds.length === 1) {
      logError('file-urls: no link for a file', error, 'warn');
      return [];
    }
    return (await Promise.all(fileIds.map((id) => resolveBatch([id])))).flat();
  }
}

/** Links by file id, for the files that can be read now. */
export async function fileUrls(fileIds: Iterable<string>): Promise<Map<string, string>> {
  const wanted = new Set([...fileIds].filter((id) => parseFileId(id) !== null));
  const ids = [...wanted];
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  const links = (await Promise.all(batches.map(resolveBatch))).flat();
  const urls = new Map<string, string>();
  for (const link of links) {
    if (wanted.has(link.fileID) && (link.status ?? 0) === 0 && link.tempFileURL) urls.set(link.fileID, link.tempFileURL);
  }
  return urls;
}
