// Anyone may call: the county's townships with their villages, retired ones marked.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { loadPlaces } from '../../_shared/places/load-places';
import { townshipView } from '../../_shared/places/township-view';

export const listPlaces = defineHandler(publicApi.listPlaces, 'anyone', async () => ({ townships: (await loadPlaces('view')).map(townshipView) }));
