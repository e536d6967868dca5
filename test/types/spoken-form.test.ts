import fc from 'fast-check';
import { digitByDigit, integerReading, numberReading } from '#types/text/chinese-numerals';
import { joinSentences } from '#types/text/join-sentences';
import { spokenForm } from '#types/text/spoken-form';

// Property runs are seeded: a run at any hour on any machine tests the same inputs.
fc.configureGlobal({ seed: 20261130 });

describe('Chinese numerals', () => {
  it.each([
    ['0', '零'], ['7', '七'], ['10', '十'], ['15', '十五'], ['20', '二十'], ['110', '一百一十'], ['1005', '一千零五'],
    ['1250', '一千二百五十'], ['2000', '两千'], ['20000', '两万'], ['10050', '一万零五十'], ['100010', '十万零一十'],
    ['100000000', '一亿'], ['120000300', '一亿二千万零三百'], ['007', '零零七'], ['12345678901234567', '一二三四五六七八九零一二三四五六七'],
  ])('%s is said %s', (digits, spoken) => {
    expect(integerReading(digits)).toBe(spoken);
  });

  it('reads decimals and identifiers', () => {
    expect(numberReading('1250', '5')).toBe('一千二百五十点五');
    expect(numberReading('0', '05')).toBe('零点零五');
    expect(digitByDigit('12328')).toBe('一二三二八');
    expect(digitByDigit('110', { yao: true })).toBe('幺幺零');
  });
});

describe('spoken form of notice sentences', () => {
  // Sentences as the bureau writes them in notices, explainers and answers, and what a listener hears.
  const sentences: [string, string][] = [
    ['项目总投资1,250.5万元，全长3.5公里，已完成12%。', '项目总投资一千二百五十点五万元，全长三点五公里，已完成百分之十二。'],
    ['2026年6月10日起施行。', '二零二六年六月十日起施行。'],
    ['㎡—0', '平方米至零'],
    ['6月10日8:00—18:00封闭施工', '六月十日八点至十八点封闭施工'],
    ['有效期至2026-06-10', '有效期至二零二六年六月十日'],
    ['施工时间：2026.6.1—2026.6.30', '施工时间：二零二六年六月一日至二零二六年六月三十日'],
    ['G320清溪段半幅封闭，请绕行S218线', '国道三二零清溪段半幅封闭，请绕行省道二幺八线'],
    ['G235国道K12+300—K15+000段路面改造', '二三五国道十二公里三百米至十五公里段路面改造'],
    ['X012线、Y105线、C021线均可通行', '县道零幺二线、乡道幺零五线、村道零二幺线均可通行'],
    ['经G60沪昆高速绕行', '经G六零沪昆高速绕行'],
    ['如有疑问请拨打交通运输服务监督电话12328', '如有疑问请拨打交通运输服务监督电话一二三二八'],
    ['咨询电话：0731-84561234', '咨询电话：零七三幺 八四五六幺二三四'],
    ['咨询电话：（0731）84561234', '咨询电话：零七三幺 八四五六幺二三四'],
    ['联系人：李工，手机13812345678', '联系人：李工，手机幺三八 幺二三四 五六七八'],
    ['遇交通事故请拨打122报警', '遇交通事故请拨打幺二二报警'],
    ['夜间22:00至次日6:00禁止49t以上货车通行', '夜间二十二点至次日六点禁止四十九吨以上货车通行'],
    ['限速40km/h，限高4.5m，限宽2.5米', '限速四十公里每小时，限高四点五米，限宽二点五米'],
    ['新建停车场1200㎡，约3～5个工作日办结', '新建停车场一千二百平方米，约三至五个工作日办结'],
    ['票价上调10%—20%', '票价上调百分之十至百分之二十'],
    ['【封路通知】清溪大桥（K8+000）加固施工', '封路通知，清溪大桥，八公里，加固施工'],
    ['依据清交发〔2026〕12号文件', '依据清交发二零二六年十二号文件'],
    ['101路公交改走新建枢纽，2路不变', '幺零幺路公交改走新建枢纽，二路不变'],
    ['补助标准为2万元/公里', '补助标准为两万元每公里'],
    ['第2天起2辆车轮流值守', '第二天起两辆车轮流值守'],
    ['上午8:30开始，每趟间隔15min', '上午八点半开始，每趟间隔十五分钟'],
    ['气温-5℃以下路面结冰', '气温零下五摄氏度以下路面结冰'],
    ['超限率≤2%', '超限率小于等于百分之二'],
    ['详见 https://jtj.example.gov.cn/notice?id=12 。', '详见。'],
    ['2026—2028年实施农村公路提质改造', '二零二六年至二零二八年实施农村公路提质改造'],
    ['车牌湘A12345的车辆', '车牌湘A一二三四五的车辆'],
    ['１２３４元', '一千二百三十四元'],
    ['Tel：0731-84561234，Email：jtj@example.cn', '电话：零七三幺 八四五六幺二三四，电子邮箱：jtj@example.cn'],
    ['下载“清溪交通”APP查询', '下载“清溪交通”手机应用查询'],
    ['2026-06-10 至 2026-06-20', '二零二六年六月十日至二零二六年六月二十日'],
  ];

  it.each(sentences)('%s', (written, spoken) => {
    expect(spokenForm(written)).toBe(spoken);
  });

  it('reads list markers as 第一，第二 and drops bullets, line by line', () => {
    expect(spokenForm('办理材料：\n1. 身份证\n2、驾驶证\n（3）行驶证\n（一）总体要求\n① 申请表\n· 其他材料')).toBe(
      '办理材料：\n第一，身份证\n第二，驾驶证\n第三，行驶证\n第一，总体要求\n第一，申请表\n其他材料',
    );
  });

  it('joins parts into sentences, each ending in a full stop', () => {
    expect(joinSentences(['交通管制', '时间：6月10日', '  ', '请绕行，', '注意安全！'])).toBe('交通管制。时间：6月10日。请绕行。注意安全！');
  });
});

/** Fixed, so a run at any hour tests the same inputs (120,000 random ones found nothing more after ㎡—0). */
const SEED = 20261130;

describe('spoken form properties', () => {
  const han = fc.constantFrom(...'清溪县交通运输局公路养护封闭施工绕行通知一二三年月日号路桥村镇'.split(''));
  const notation = fc.constantFrom(...'0123456789０５.,:：-—～~%％/（）()【】〔〕KGSXYCkmthx+×#№①≥ \n¥㎡℃'.split(''));
  const mixed = fc.string({ unit: fc.oneof({ weight: 2, arbitrary: han }, { weight: 3, arbitrary: notation }), maxLength: 40 });
  const anything = fc.oneof(mixed, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
  const hanOf = (text: string): string => Array.from(text.matchAll(/[\u4e00-\u9fff]/g), (m) => m[0]).join('');
  const isSubsequence = (needle: string, hay: string): boolean => {
    let i = 0;
    for (const ch of hay) if (ch === needle[i]) i += 1;
    return i === needle.length;
  };

  it('leaves no digit, ASCII or full-width', () => {
    fc.assert(fc.property(anything, (text) => !/[0-9０-９]/.test(spokenForm(text))), { numRuns: 2000, seed: SEED });
  });

  it('never loses a Chinese character, and keeps their order', () => {
    fc.assert(fc.property(anything, (text) => isSubsequence(hanOf(text), hanOf(spokenForm(text)))), { numRuns: 2000, seed: SEED });
  });

  it('changes nothing when applied to what it spoke', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const once = spokenForm(text);
        expect(spokenForm(once)).toBe(once);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('leaves Chinese prose without numbers or symbols as it is', () => {
    const sentence = fc.tuple(fc.string({ unit: han, minLength: 1, maxLength: 12 }), fc.constantFrom('，', '。', '、', '；', '！', '？'));
    const prose = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([words, stop]) => words + stop).join(''));
    fc.assert(fc.property(prose, (text) => spokenForm(text) === text), { numRuns: 1000 });
  });
});
