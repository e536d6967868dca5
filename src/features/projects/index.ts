export { ProjectDetail } from './components/project-detail';
export { ProjectList } from './components/project-list';
