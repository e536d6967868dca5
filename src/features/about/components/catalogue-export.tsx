import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { saveTextFile } from '@/lib/save-text-file';
import { exportCatalogue } from '../api/about-api';

/** The whole catalogue as a CSV file: downloaded in a browser, copied in WeChat (no files there). */
export function CatalogueExport() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const weapp = process.env.TARO_ENV === 'weapp';
  const takeAway = async (): Promise<void> => {
    setBusy(true);
    const res = await exportCatalogue();
    setBusy(false);
    if (!res.ok) return setStatus(messageFor(res));
    if (weapp) {
      await Taro.setClipboardData({ data: res.data.csv.replace(/^\uFEFF/, '') }).then(
        () => setStatus(`已复制 ${res.data.count} 条目录，可以粘贴到聊天或表格里保存`),
        () => setStatus('复制没有成功，请再试一次'),
      );
    } else {
      saveTextFile(`政府信息公开目录-${res.data.exportedAt.slice(0, 10)}.csv`, res.data.csv, 'text/csv');
      setStatus(`已开始下载（${res.data.count} 条）`);
    }
  };
  return (
    <View>
      <Button className="btn" disabled={busy} loading={busy} onClick={() => void takeAway()}>
        {weapp ? '复制全部目录' : '下载目录（CSV 表格）'}
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
