import { areaLabel, checkMessage, digestFields, fitField, messageDate, noticeFields } from '#types/models/notice-message';

describe('subscription message fields', () => {
  it('names the field the platform would refuse, counting characters not bytes', () => {
    const fields = noticeFields({ kind: 'closure', title: 'S205清溪段半幅封闭施工请绕行X012线', township: '城关镇', village: null, validFrom: new Date('2026-12-01') });
    expect(checkMessage(fields)).toBe('订阅消息的「通知标题」最多 20 个字，现在 21 个字，请改短');
    expect(checkMessage(noticeFields({ kind: 'bus', title: '3路公交改线', township: null, village: null, validFrom: new Date('2026-12-01') }))).toBeNull();
  });

  it('shortens text the system writes, and writes dates and areas as people read them', () => {
    expect(fitField('thing2', '一二三四五六七八九十一二三四五六七八九十一')).toBe('一二三四五六七八九十一二三四五六七八九…');
    expect(fitField('date3', '不限长度的日期字段')).toBe('不限长度的日期字段');
    expect(messageDate(new Date('2026-11-30T20:00:00Z'))).toBe('2026年12月1日');
    expect([areaLabel(null, null), areaLabel('石门乡', null), areaLabel('石门乡', '石门村')]).toEqual(['全县', '石门乡全镇', '石门乡石门村']);
    expect(digestFields(3, '第一条通知', new Date('2026-12-01T10:00:00Z'))[0]?.value).toBe('今天有3条新通知');
  });
});
