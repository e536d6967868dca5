import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { EmptyState } from '@/components/ui/state-views';
import { useElderMode } from '@/features/display';
import { PosterLandingView } from '@/features/posters';
import { POSTER_ID_PATTERN } from '#types/models/poster';

/** Opened by a poster's mini-program code: WeChat passes the scene (the poster id) URL-encoded. */
export default function PosterLandingPage() {
  const elder = useElderMode();
  const scene = decodeURIComponent(useRouter().params.scene ?? '');
  return <Page elder={elder}>{POSTER_ID_PATTERN.test(scene) ? <PosterLandingView id={scene} /> : <EmptyState text="没有识别出海报编号，请重新扫码" />}</Page>;
}
