import fc from 'fast-check';
import { BROADCAST_MAX_SECONDS, broadcastScript, secondsToRead } from '#types/text/broadcast-script';

// Property runs are seeded: a run at any hour on any machine tests the same inputs.
fc.configureGlobal({ seed: 20261130 });

const closure = {
  kindLabel: '交通管制',
  title: 'G320线石门段半幅封闭施工',
  area: '石门乡石门村至白沙村',
  when: '2026-06-10 至 2026-06-12',
  body: '6月10日8:00—18:00，G320线K12+300处半幅封闭，请绕行S218。详见 https://jtj.example.gov.cn/n/1?x=2 。咨询电话：0731-84561234。',
  bureau: '清溪县交通运输局',
};

describe('village broadcast script', () => {
  it('reads a road closure as an announcer says it, with no link, and the key message twice', () => {
    const script = broadcastScript(closure);
    expect(script.full).toBe(
      '村民朋友们请注意，现在播送清溪县交通运输局的交通管制通知。' +
        '国道三二零线石门段半幅封闭施工，影响范围石门乡石门村至白沙村，时间二零二六年六月十日至二零二六年六月十二日。' +
        '六月十日八点至十八点，国道三二零线十二公里三百米处半幅封闭，请绕行省道二幺八。咨询电话：零七三幺 八四五六幺二三四。' +
        '再播送一遍：国道三二零线石门段半幅封闭施工，影响范围石门乡石门村至白沙村，时间二零二六年六月十日至二零二六年六月十二日。' +
        '以上是清溪县交通运输局发布的通知，请相互转告。',
    );
    expect(script.full).not.toMatch(/https?|example|详见/);
    expect(script.full).not.toMatch(/\d/);
    expect(script.long).toBe(false);
    expect(script.fullSeconds).toBe(secondsToRead(script.full));
    expect(script.fullSeconds).toBeGreaterThan(40);
    expect(script.brief.length).toBeLessThan(script.full.length);
    expect(script.brief).not.toContain('绕行');
  });

  it('says a long notice is long and offers a brief script within the limit', () => {
    const long = broadcastScript({ ...closure, body: '施工期间请过往车辆减速慢行，服从现场人员指挥。'.repeat(20) });
    expect(long.long).toBe(true);
    expect(long.fullSeconds).toBeGreaterThan(BROADCAST_MAX_SECONDS);
    expect(long.briefSeconds).toBeLessThanOrEqual(BROADCAST_MAX_SECONDS);
  });

  it('counts about four spoken characters a second, pauses not counted', () => {
    expect(secondsToRead('一二三四，五六七八。')).toBe(2);
    expect(secondsToRead('一二三四五')).toBe(2);
  });

  it('never leaves a digit or a link, whatever the notice says', () => {
    const text = fc.array(fc.constantFrom('封', '路', '施', '工', 'G', 'S', '3', '2', '0', '8', ':', '—', '.', '，', '%', ' ', 'https://a.cn/b ', '（', '）'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (title, body) => {
        const { full, brief } = broadcastScript({ ...closure, title, body });
        for (const script of [full, brief]) {
          expect(script).not.toMatch(/\d|https?:/);
          expect(script.startsWith('村民朋友们请注意')).toBe(true);
        }
      }),
    );
  });
});
