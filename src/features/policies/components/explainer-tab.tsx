import { Text, View } from '@tarojs/components';
import type { PolicyView } from '#types/api/policy-views';
import { EmptyState } from '@/components/ui/state-views';
import { StoredImage } from '@/components/ui/stored-file';
import { TermText } from '@/components/ui/term-text';
import { VoteBar } from '@/components/ui/vote-bar';
import { ReadAloudBar } from '@/features/read-aloud';
import { explainerScript } from '../explainer-script';

/** 解读: the policy in plain words, what changes for you, and what differs from the old policy. */
export function ExplainerTab({ policy, onVote }: { policy: PolicyView; onVote(helpful: boolean): void }) {
  const e = policy.explainer;
  if (!e) return <EmptyState text="解读正在准备中，将在政策发布后 3 个工作日内发布" />;
  return (
    <View className="list">
      <ReadAloudBar parts={explainerScript(policy)} label="朗读解读" />
      <View className="section">
        <Text className="section__title">一句话看懂</Text>
        <TermText className="card__summary" text={policy.summary} terms={policy.terms} />
      </View>
      <View className="section">
        <Text className="section__title">要点</Text>
        {e.keyPoints.map((p, i) => (
          <TermText key={i} className="point" text={`${i + 1}. ${p}`} terms={policy.terms} />
        ))}
      </View>
      {e.changesForYou.length > 0 && (
        <View className="section">
          <Text className="section__title">和你有什么关系</Text>
          {e.changesForYou.map((p, i) => (
            <TermText key={i} className="point" text={`· ${p}`} terms={policy.terms} />
          ))}
        </View>
      )}
      {e.differences.length > 0 && (
        <View className="section">
          <Text className="section__title">新旧政策对比{policy.replaced ? `（对比《${policy.replaced.title}》）` : ''}</Text>
          {e.differences.map((d, i) => (
            <View key={i} className="diff">
              <Text className="diff__before">以前：{d.before}</Text>
              <Text className="diff__after">现在：{d.after}</Text>
            </View>
          ))}
        </View>
      )}
      {e.images.length > 0 && (
        <View className="section">
          <Text className="section__title">图解</Text>
          {e.images.map((img, i) => (
            <View key={i} className="figure">
              <StoredImage url={img.url} className="figure__image" mode="widthFix" label={img.caption || '政策图解'} />
              {img.caption && <Text className="row__hint">{img.caption}</Text>}
            </View>
          ))}
        </View>
      )}
      <VoteBar votes={policy.votes} mine={policy.myVote} onVote={onVote} />
    </View>
  );
}
