// The page a published item opens on the web (the H5 build, e.g. under the county portal), for what is
// printed or sent to people off WeChat: portal feeds, posters. Kinds without a page open the home page.
import { FEED_PATHS, type FeedKind } from '../models/feed';

export const webLink = (base: string, item: { kind: FeedKind; refId: string }): string => `${base.replace(/\/+$/, '')}/#${FEED_PATHS[item.kind]?.(item.refId) ?? '/pages/index/index'}`;
