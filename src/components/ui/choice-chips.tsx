import { Button, ScrollView } from '@tarojs/components';

/** A row of choices (one or none selected), scrolling sideways on narrow screens. */
export function ChoiceChips<T extends string>({
  options,
  labels,
  value,
  onChange,
  all,
}: {
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange(value: T | undefined): void;
  /** Label of the "no filter" choice; omit when one option must be chosen. */
  all?: string;
}) {
  return (
    <ScrollView scrollX className="chips">
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
    </ScrollView>
  );
}
