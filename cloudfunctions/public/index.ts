// The citizen-facing function: what the mini-program calls for public content and citizen actions.
import type { PublicApi } from '#types/api/public';
import { createMain } from '../_shared/create-main';
import { getMe } from './actions/get-me';
import { listFeed } from './actions/list-feed';

export const main = createMain<PublicApi>({ listFeed, getMe });
