// Editors and reviewers: what people searched for and did not find, week by week (see search-log).
import { staffApi } from '#types/api/staff';
import { searchGaps } from '../../_shared/search/search-log';
import { defineHandler } from '../../_shared/define-handler';

export const listSearchGaps = defineHandler(staffApi.listSearchGaps, ['editor', 'reviewer'], async ({ weeks = 4 }, { now }) => ({ weeks: await searchGaps(weeks, now) }));
