import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { ProjectList } from '@/features/projects';

export default function ProjectsPage() {
  const elder = useElderMode();
  useShareAppMessage(() => ({ title: '交通建设项目进展', path: '/pages/projects/index' }));
  return (
    <Page elder={elder}>
      <ProjectList />
    </Page>
  );
}
