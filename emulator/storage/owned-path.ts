// Where a person may write through a client upload: only under their own folder,
// `uploads/<OPENID>/…`, so no one can replace a file someone else attached. Server code
// (functions, scripts) writes anywhere through the SDK, as it can in the cloud.

export const UPLOADS_FOLDER = 'uploads';

export function uploadPrefixFor(openid: string): string {
  return `${UPLOADS_FOLDER}/${openid}/`;
}

/** Whether a normalised cloud path lies inside this person's own upload folder. */
export function isOwnUploadPath(cloudPath: string, openid: string): boolean {
  const prefix = uploadPrefixFor(openid);
  return cloudPath.startsWith(prefix) && cloudPath.length > prefix.length;
}
