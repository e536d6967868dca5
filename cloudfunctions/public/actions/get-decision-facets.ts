// Anyone: the deciding authorities the 双公示 filter offers, and how long each kind stays in view.
import { publicApi } from '#types/api/public';
import { publicitySettings } from '../../_shared/decisions/publicity-settings';
import { defineHandler } from '../../_shared/define-handler';

export const getDecisionFacets = defineHandler(publicApi.getDecisionFacets, 'anyone', () => publicitySettings());
