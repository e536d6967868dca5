// Anyone may call; tells the caller whether they are signed in, which staff roles they hold, and
// the folder their uploads go into (the only files they may attach).
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, uploadFolderOf } from '../../_shared/files/attachable-files';

export const getMe = defineHandler(publicApi.getMe, 'anyone', async (_input, { caller }) => {
  const me = await caller();
  return { signedIn: me.openid !== null, roles: me.roles, name: me.name, uploadFolder: uploadFolderOf(attacherOf(me)) };
});
