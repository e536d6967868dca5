export { BusLookup } from './components/bus-lookup';
export { BusRouteDetail } from './components/bus-route-detail';
