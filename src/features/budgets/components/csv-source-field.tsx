import { Button, Text, Textarea, View } from '@tarojs/components';
import type { CsvFile } from '../use-csv-file';

const inWeChat = process.env.TARO_ENV === 'weapp';

/** Where an import's CSV comes from: a picked file (the usual way), or text pasted when no file is picked. */
export function CsvSourceField(props: { source: CsvFile; label: string; hint: string; csv: string; onCsv(text: string): void; placeholder?: string; busy: boolean; onProblem(message: string | null): void }) {
  const { source, busy, onProblem } = props;
  return (
    <View>
      <View className="field">
        <Text className="field__label">{props.label}</Text>
        <Text className="row__hint">{props.hint}</Text>
        <Button
          className="btn btn--small"
          disabled={busy}
          onClick={() => {
            onProblem(null);
            void source.choose(onProblem);
          }}
        >
          {source.file ? `已选：${source.file.picked.name}（点按重新选择）` : inWeChat ? '从微信聊天中选择 CSV 文件' : '选择 CSV 文件'}
        </Button>
        {source.file && (
          <Button className="btn btn--small" disabled={busy} onClick={source.clear}>
            不用文件，改为粘贴
          </Button>
        )}
      </View>
      {!source.file && (
        <View className="field">
          <Text className="field__label">或粘贴 CSV 内容（第一行为表头）</Text>
          <Textarea className="input input--area" value={props.csv} maxlength={-1} placeholder={props.placeholder} nativeProps={{ 'aria-label': 'CSV 内容' }} onInput={(e) => props.onCsv(e.detail.value)} />
        </View>
      )}
    </View>
  );
}

/** An import's answer, one line each (a refused file's problems come joined by ；). */
export function ResultLines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <View role="status" className="list">
      {lines.map((line) => (
        <Text key={line} className="row__hint">
          {line}
        </Text>
      ))}
    </View>
  );
}
