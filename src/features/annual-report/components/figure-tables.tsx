import { ScrollView, Text, View } from '@tarojs/components';
import { FOCUSABLE_SCROLL } from '@/components/ui/focusable-scroll';
import type { EnteredFigure, ReportFigures, ReviewTable } from '#types/models/annual-report';
import { APPLICATION_COLUMN_LABELS, APPLICATION_COLUMNS, APPLICATION_ROW_LABELS, APPLICATION_ROWS, DOC_TYPE_LABELS, REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_RESULT_LABELS, REVIEW_RESULTS } from '#types/models/annual-report';

interface Props {
  figures: ReportFigures;
  enforcement?: EnteredFigure;
  fees?: EnteredFigure;
  review?: ReviewTable;
  /** Staff: tapping a counted figure shows the records behind it (the cell key). */
  onCell?: (cell: string, label: string) => void;
}

function Cell({ value, cell, label, onCell, head = false }: { value: string | number; cell?: string; label?: string; onCell?: Props['onCell']; head?: boolean }) {
  const tappable = onCell && cell && typeof value === 'number' && value > 0;
  return (
    <View className="body-table__cell" style={{ width: head ? '14em' : '5em' }} role={tappable ? 'button' : undefined} aria-label={tappable ? `${label}：${value}，查看记录` : undefined} onClick={tappable ? () => onCell(cell, label ?? '') : undefined}>
      <Text className={tappable ? 'link' : undefined}>{value}</Text>
    </View>
  );
}

/** 二、三、四 of the annual report as scrolling grids, in the national tables' order. */
export function FigureTables({ figures, enforcement, fees, review, onCell }: Props) {
  const a = figures.active;
  return (
    <View className="list">
      <View className="section">
        <Text className="section__title">二、主动公开政府信息情况</Text>
        <ScrollView scrollX className="body-table__scroll" {...FOCUSABLE_SCROLL}>
          <View className="body-table">
            <View className="body-table__row body-table__row--header">
              {['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((h, i) => <Cell key={h} value={h} head={i === 0} />)}
            </View>
            {(['rule', 'normative'] as const).map((t) => (
              <View key={t} className="body-table__row">
                <Cell value={DOC_TYPE_LABELS[t]} head />
                {(['issued', 'repealed', 'inForce'] as const).map((c) => <Cell key={c} value={a[t][c]} cell={`active.${t}.${c}`} label={DOC_TYPE_LABELS[t]} onCell={onCell} />)}
              </View>
            ))}
          </View>
        </ScrollView>
        <View className="table">
          <View className="table__row" onClick={onCell && a.licences ? () => onCell('active.licences', '行政许可') : undefined}>
            <Text>行政许可（本年处理决定数量）</Text>
            <Text className={onCell ? 'link' : undefined}>{a.licences}</Text>
          </View>
          <View className="table__row" onClick={onCell && a.penalties ? () => onCell('active.penalties', '行政处罚') : undefined}>
            <Text>行政处罚（本年处理决定数量）</Text>
            <Text className={onCell ? 'link' : undefined}>{a.penalties}</Text>
          </View>
          {enforcement && (
            <View className="table__row">
              <Text>行政强制（本年处理决定数量）</Text>
              <Text>{enforcement.value}</Text>
            </View>
          )}
          {fees && (
            <View className="table__row">
              <Text>行政事业性收费（本年收费金额，万元）</Text>
              <Text>{fees.value.toFixed(2)}</Text>
            </View>
          )}
        </View>
      </View>
      <View className="section">
        <Text className="section__title">三、收到和处理政府信息公开申请情况</Text>
        <Text className="row__hint">勾稽关系：本年新收加上年结转，等于办理结果总计加结转下年度继续办理。</Text>
        <ScrollView scrollX className="body-table__scroll" {...FOCUSABLE_SCROLL}>
          <View className="body-table">
            <View className="body-table__row body-table__row--header">
              <Cell value="申请情况" head />
              {APPLICATION_COLUMNS.map((c) => <Cell key={c} value={APPLICATION_COLUMN_LABELS[c]} />)}
            </View>
            {APPLICATION_ROWS.map((row) => (
              <View key={row} className="body-table__row">
                <Cell value={APPLICATION_ROW_LABELS[row] ?? row} head />
                {APPLICATION_COLUMNS.map((c) => (
                  <Cell key={c} value={figures.applications[row]?.[c] ?? 0} cell={`applications.${row}.${c}`} label={`${APPLICATION_ROW_LABELS[row]}（${APPLICATION_COLUMN_LABELS[c]}）`} onCell={onCell} />
                ))}
              </View>
            ))}
          </View>
        </ScrollView>
      </View>
      {review && (
        <View className="section">
          <Text className="section__title">四、政府信息公开行政复议、行政诉讼情况</Text>
          <ScrollView scrollX className="body-table__scroll" {...FOCUSABLE_SCROLL}>
            <View className="body-table">
              <View className="body-table__row body-table__row--header">
                <Cell value="类别" head />
                {[...REVIEW_RESULTS.map((r) => REVIEW_RESULT_LABELS[r]), '总计'].map((h) => <Cell key={h} value={h} />)}
              </View>
              {REVIEW_KINDS.map((k) => (
                <View key={k} className="body-table__row">
                  <Cell value={REVIEW_KIND_LABELS[k]} head />
                  {REVIEW_RESULTS.map((r) => <Cell key={r} value={review[k][r]} />)}
                  <Cell value={REVIEW_RESULTS.reduce((n, r) => n + review[k][r], 0)} />
                </View>
              ))}
            </View>
          </ScrollView>
        </View>
      )}
    </View>
  );
}
