export { PlacesPage } from './components/places-page';
