// Characters often typed for one another because they look alike (a handwriting pad or a tired eye
// picks the neighbour): 贷 for 货, 兔 for 免, 侯 for 候. Each group folds to its first character.
const GROUPS = ['货贷', '免兔', '候侯', '拨拔', '己已巳', '未末', '戊戌戍', '祟崇', '赢嬴', '辨辩辫', '折拆析', '洒酒', '待侍', '刺剌', '苟荀', '汩汨', '间问', '阅阀', '栽裁', '浙淅', '埋理', '径经', '拾恰', '账帐', '幕暮墓慕', '蓝篮', '侯喉', '狠狼很', '坏怀', '钓钩', '杨扬', '历厉', '买卖'];

const SHAPES = new Map<string, string>();
for (const group of GROUPS) for (const ch of group) if (!SHAPES.has(ch)) SHAPES.set(ch, group[0] as string);

/** The character a look-alike stands for (the first of its group); the character itself when it has none listed. */
export const shapeOf = (ch: string): string => SHAPES.get(ch) ?? ch;
export const hasLookAlike = (ch: string): boolean => SHAPES.has(ch);
