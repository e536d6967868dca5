// 双公示: administrative licensing (行政许可) and penalty (行政处罚) decisions, published within 7 working
// days of the decision date, imported in bulk from CSV files laid out as the national 双公示 data standard.
// One document per decision; (kind, decisionNo) is unique, so importing the same file again updates.
// A natural person's name is stored masked (张**) and an ID number is never stored.
import type { ConfidentialityCheck } from './confidentiality';

export const DECISION_COLLECTION = 'decisions';

export const DECISION_KINDS = ['licence', 'penalty'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_LABELS: Record<DecisionKind, string> = { licence: '行政许可', penalty: '行政处罚' };

/** 行政相对人类别, as the standard names them. */
export const PARTY_TYPES = ['organisation', 'business', 'person'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = { organisation: '法人及非法人组织', business: '个体工商户', person: '自然人' };

/** 许可类别 (行政许可法). */
export const LICENCE_TYPES = ['普通', '特许', '认可', '核准', '登记', '其他'] as const;
/** 处罚类别 (行政处罚法 第九条). */
export const PENALTY_TYPES = ['警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件', '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '其他'] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];

/** The 双公示 clock: online within 7 working days of the decision. */
export const DECISION_DUE_WORKING_DAYS = 7;
/** Rows one file may carry: about 5 s of writing on the local cloud, well inside the staff function's 20 s. */
export const DECISION_FILE_MAX_ROWS = 1000;

export interface DecisionDoc {
  _id: string;
  kind: DecisionKind;
  /** 决定文书号. */
  decisionNo: string;
  partyName: string;
  partyType: PartyType;
  /** 统一社会信用代码; null for a natural person. */
  creditCode: string | null;
  /** 法定代表人 (organisations only; empty when not given). */
  legalRep: string;
  /** 许可内容 / 处罚内容. */
  content: string;
  /** The decision date, 'YYYY-MM-DD' kept as UTC midnight. */
  decisionDate: Date;
  year: number;
  /** 决定机关. */
  authority: string;
  /** Licences: 许可类别 and 许可证书名称, 有效期. */
  licenceType: string | null;
  certificate: string;
  validFrom: Date | null;
  validTo: Date | null;
  /** Penalties: 违法行为类型, 处罚依据, 处罚类别 (one or more), 罚款金额 (万元; null when no fine). */
  violation: string;
  legalBasis: string;
  penaltyTypes: PenaltyType[];
  amount: number | null;
  /** When it first went online (the import instant), its 7-working-day deadline, and whether it was late. */
  publishedAt: Date;
  dueAt: Date;
  late: boolean;
  /** Lower-cased party name, decision number and content, for keyword search. */
  searchText: string;
  importedAt: Date;
  importedBy: string;
  confidentiality: ConfidentialityCheck;
}

// How long a decision stays in public view after its date: an admin sets days per kind (one document in
// case_settings, like the retention periods). A licence's default is three years; a penalty's one year
// (the national rule for 一般 penalties: at least 3 months, at most 3 years).
export const PUBLICITY_ID = 'publicity';
export type PublicityDays = Record<DecisionKind, number>;
export const PUBLICITY_DEFAULTS: PublicityDays = { licence: 1095, penalty: 365 };
export const PUBLICITY_BOUNDS: Record<DecisionKind, readonly [number, number]> = { licence: [90, 3650], penalty: [90, 1095] };

export interface PublicityDoc {
  _id: typeof PUBLICITY_ID;
  days: PublicityDays;
  /** 决定机关 seen in imports, for the public filter. */
  authorities: string[];
  updatedAt: Date;
  updatedBy: string;
}
