// Where a person may write through a client upload: only into a folder named for their own OPENID,
// `uploads/<OPENID>/…` (anyone signed in) or `staff/<OPENID>/…` (what staff publish; the functions
// check the role when a file is attached), so no one can replace a file someone else uploaded.
// Server code (functions, scripts) writes anywhere through the SDK, as it can in the cloud.

const OWNED_AREAS = ['uploads', 'staff'] as const;

export const ownFolders = (openid: string): string[] => OWNED_AREAS.map((area) => `${area}/${openid}/`);

/** Whether a normalised cloud path names a file inside one of this person's own folders. */
export function isOwnUploadPath(cloudPath: string, openid: string): boolean {
  return ownFolders(openid).some((folder) => cloudPath.startsWith(folder) && cloudPath.length > folder.length);
}
