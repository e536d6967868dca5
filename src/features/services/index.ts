export { ServiceDetail } from './components/service-detail';
export { ServiceList } from './components/service-list';
