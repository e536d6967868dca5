// The page a poster's code opens (subpackage `more`); nothing here is imported by the main package.
export { PosterLandingView } from './components/poster-landing';
