export { AreaPicker } from './components/area-picker';
export { fetchPlaces, forgetPlaces } from './api/places-api';
export { placeOptions } from './place-options';
export { usePlaces } from './use-places';
