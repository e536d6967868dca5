export { LiaisonTasks } from './components/liaison-tasks';
export { PosterMaker } from './components/poster-maker';
export { PosterScans } from './components/poster-scans';
