export { QaBrowser } from './components/qa-browser';
