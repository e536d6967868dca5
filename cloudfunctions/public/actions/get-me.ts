// Anyone may call; tells the caller whether they are signed in and which staff roles they hold.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';

export const getMe = defineHandler(publicApi.getMe, 'anyone', async (_input, { caller }) => {
  const me = await caller();
  return { signedIn: me.openid !== null, roles: me.roles, name: me.name };
});
