import { Button, ScrollView, View } from '@tarojs/components';
import { FOCUSABLE_SCROLL } from './focusable-scroll';

/** A row of choices (one or none selected), scrolling sideways on narrow screens; `wrap`: onto more
 * lines instead, for lists of any length (乡镇) where a choice off-screen would go unseen. */
export function ChoiceChips<T extends string>({
  options,
  labels,
  value,
  onChange,
  all,
  wrap = false,
}: {
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange(value: T | undefined): void;
  /** Label of the "no filter" choice; omit when one option must be chosen. */
  all?: string;
  wrap?: boolean;
}) {
  const chips = (
    <>
      {all && (
        <Button className={value === undefined ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={value === undefined} onClick={() => onChange(undefined)}>
          {all}
        </Button>
      )}
      {options.map((o) => (
        <Button key={o} className={value === o ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={value === o} onClick={() => onChange(o)}>
          {labels[o]}
        </Button>
      ))}
    </>
  );
  return wrap ? (
    <View className="chips chips--wrap" role="group">
      {chips}
    </View>
  ) : (
    <ScrollView scrollX className="chips" {...FOCUSABLE_SCROLL}>
      {chips}
    </ScrollView>
  );
}
