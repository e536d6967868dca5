export { FeedList } from './components/feed-list';
export { useFeed } from './hooks/use-feed';
