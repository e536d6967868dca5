import { cloud } from './cloud';

/** Temporary download links for cloud files, by fileID (one call for all of them). */
export async function fileUrls(fileIds: string[]): Promise<Map<string, string>> {
  if (fileIds.length === 0) return new Map();
  const res = (await cloud.getTempFileURL({ fileList: fileIds })) as { fileList: { fileID: string; tempFileURL: string }[] };
  return new Map(res.fileList.map((f) => [f.fileID, f.tempFileURL]));
}
