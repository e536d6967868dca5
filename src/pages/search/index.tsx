import { useRouter } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { SearchPanel } from '@/features/search';

export default function SearchPage() {
  const elder = useElderMode();
  const { params } = useRouter();
  return (
    <Page elder={elder}>
      <SearchPanel initialQuery={decodeURIComponent(params.q ?? '')} />
    </Page>
  );
}
