// A stored township as the client sees it.
import type { TownshipView } from '#types/api/places';
import type { TownshipDoc } from '#types/models/place';

export const townshipView = (t: TownshipDoc): TownshipView => ({ id: t._id, name: t.name, order: t.order, retired: t.retired, villages: t.villages });
