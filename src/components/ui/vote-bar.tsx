import { Button, Text, View } from '@tarojs/components';

/** 有帮助 / 没帮助 with counts; the caller decides what a tap does. */
export function VoteBar({ votes, mine, onVote }: { votes: { helpful: number; unhelpful: number }; mine: boolean | null; onVote(helpful: boolean): void }) {
  return (
    <View className="votes">
      <Text className="votes__ask">这些内容对你有帮助吗？</Text>
      <View className="choices">
        <Button className={mine === true ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={mine === true} onClick={() => onVote(true)}>
          有帮助 {votes.helpful}
        </Button>
        <Button className={mine === false ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={mine === false} onClick={() => onVote(false)}>
          没帮助 {votes.unhelpful}
        </Button>
      </View>
    </View>
  );
}
