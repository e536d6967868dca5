import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ProposalListItem } from '#types/api/about-views';
import { PROPOSER_TYPE_LABELS, PROPOSER_TYPES, type ProposerType } from '#types/models/proposal';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchProposals, fetchProposalYears, type ProposalFilters } from '../api/about-api';

function ProposalCard({ p }: { p: ProposalListItem }) {
  return (
    <View className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/about/proposal/index?id=${p.id}` })}>
      <View className="card__meta">
        <Text className="chip">{PROPOSER_TYPE_LABELS[p.proposerType]}</Text>
        <Text className="card__date">{p.repliedAt} 答复</Text>
      </View>
      <Text className="card__title">{p.title}</Text>
      <Text className="row__hint">{[p.number, p.session].filter(Boolean).join(' · ')}</Text>
      <Text className="card__summary">{p.excerpt}</Text>
    </View>
  );
}

/** 建议提案办理结果: by year and by kind, with a word search over numbers, titles and replies. */
export function ProposalList() {
  const [years, setYears] = useState<string[]>([]);
  const [year, setYear] = useState<string | undefined>();
  const [proposerType, setProposerType] = useState<ProposerType | undefined>();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    void fetchProposalYears().then((res) => res.ok && setYears(res.data.items.map((y) => String(y.year))));
  }, []);
  const filters: ProposalFilters = { ...(year ? { year: Number(year) } : {}), ...(proposerType ? { proposerType } : {}), ...(q ? { q } : {}) };
  const list = usePagedList<ProposalListItem>((cursor) => fetchProposals(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      <View className="field">
        <Input className="input" value={typed} placeholder="搜索编号、标题或答复内容" confirmType="search" maxlength={30} nativeProps={{ 'aria-label': '搜索建议提案' }} onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setQ(typed.trim())} />
        <Button className="btn btn--small" onClick={() => setQ(typed.trim())}>
          搜索
        </Button>
      </View>
      {years.length > 0 && <ChoiceChips options={years} labels={Object.fromEntries(years.map((y) => [y, `${y}年`]))} value={year} onChange={setYear} all="全部年份" />}
      <ChoiceChips options={PROPOSER_TYPES} labels={PROPOSER_TYPE_LABELS} value={proposerType} onChange={setProposerType} all="全部" />
      <PagedListView list={list} empty={q ? `没有找到含“${q}”的办理结果` : '暂无建议提案办理结果'} render={(p) => <ProposalCard key={p.id} p={p} />} />
    </View>
  );
}
