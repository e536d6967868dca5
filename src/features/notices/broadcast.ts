// The broadcast script page's entry: kept apart from index.ts so the main package never carries it.
export { BroadcastView } from './components/broadcast-view';
