import { Button, Text, Textarea, View } from '@tarojs/components';
import type { useCsvFileImport } from '../use-csv-file-import';

const inWeChat = process.env.TARO_ENV === 'weapp';

interface Props {
  form: ReturnType<typeof useCsvFileImport>;
  label: string;
  hint: string;
  /** The header row, shown as the paste area's placeholder. */
  template: string;
}

/** A CSV import's source: a file picked from a chat (WeChat) or the computer, or pasted text. */
export function CsvFileFields({ form, label, hint, template }: Props) {
  const { file, setFile, csv, setCsv, busy, choose } = form;
  return (
    <>
      <View className="field">
        <Text className="field__label">{label}</Text>
        <Text className="row__hint">{hint}</Text>
        <Button className="btn btn--small" disabled={busy} onClick={() => void choose()}>
          {file ? `已选：${file.picked.name}（点按重新选择）` : inWeChat ? '从微信聊天中选择 CSV 文件' : '选择 CSV 文件'}
        </Button>
        {file && (
          <Button className="btn btn--small" disabled={busy} onClick={() => setFile(null)}>
            不用文件，改为粘贴
          </Button>
        )}
      </View>
      {!file && (
        <View className="field">
          <Text className="field__label">或粘贴 CSV 内容（第一行为表头）</Text>
          <Textarea className="input input--area" value={csv} maxlength={-1} placeholder={template} onInput={(e) => setCsv(e.detail.value)} />
        </View>
      )}
    </>
  );
}

/** How the import went: one line per reason when refused. */
export function CsvImportResult({ lines }: { lines: string[] }) {
  if (!lines.length) return null;
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
