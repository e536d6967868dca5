// Field names and the one cross-field message of a disclosure decision (the staff decision and the later
// classification of an old record share them).
export const DECIDE_DISCLOSURE_LABELS = { decision: '答复决定', reason: '具体情形', reply: '答复内容', documents: '答复文件', orgKind: '申请单位类别' };

/** 不予公开, 无法提供, 不予处理 and 其他处理 each name one of their own reasons; 予以公开 and 部分公开 none. */
export const REASON_MISMATCH = '不予公开、无法提供、不予处理和其他处理须选择对应的具体情形；予以公开、部分公开不选';
