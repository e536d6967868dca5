// Written text as it is spoken: what a screen shows well but a listener cannot follow (G320, 8:00—18:00,
// 1,250.5万元, 12328, ㎡, brackets) turned into words a speech engine or an announcer reads plainly.
// One converter for the app's read-aloud and the functions' village broadcast scripts.
import { SPOKEN_RULES, type SpokenRule, TIDY_RULES } from './spoken-rules';

const applyRule = (text: string, rule: SpokenRule): string => text.replace(rule.pattern, rule.replace as (substring: string, ...args: unknown[]) => string);

/** Tidies until nothing changes (removing one pause can bring two together); bounded, as each pass only shortens. */
function tidy(text: string): string {
  let current = text;
  for (let pass = 0; pass < 10; pass += 1) {
    const next = TIDY_RULES.reduce(applyRule, current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/**
 * The spoken form of written text: 1,250.5万元 → 一千二百五十点五万元, G320 → 国道三二零,
 * 6月10日8:00—18:00 → 六月十日八点至十八点, 12% → 百分之十二, 12328 → 一二三二八.
 * No digit is left; Chinese prose without numbers or symbols is returned as it is; applying it
 * again changes nothing.
 */
export function spokenForm(text: string): string {
  return tidy(SPOKEN_RULES.reduce(applyRule, text));
}
