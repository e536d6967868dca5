// The staff editor's form for a bus route: lines with "|" cells and the CSV's Chinese words, back and
// forth without loss, checked by the server's own schema (the first problem, in its words).
import { checkForm, toContent, toForm } from '@/features/staff-content/form-model';

const route = {
  code: '城乡1路', name: '县城—石门乡上坪', operator: '清溪县城乡公交有限公司', hotline: '0591-62812345', flatFare: null, note: '',
  stops: [
    { name: '县客运站', township: '城关镇', village: null, minutes: 0 },
    { name: '溪口', township: '城关镇', village: '溪口村', minutes: 10 },
    { name: '上坪', township: '石门乡', village: '上坪村', minutes: 45 },
  ],
  timetables: [
    { direction: 'out', dayType: 'weekday', departures: ['06:30', '08:00'] },
    { direction: 'back', dayType: 'weekday', departures: ['06:00'] },
    { direction: 'back', dayType: 'holiday', departures: [] },
  ],
  fares: [
    { from: '县客运站', to: '溪口', yuan: 2 },
    { from: '县客运站', to: '上坪', yuan: 6 },
    { from: '溪口', to: '上坪', yuan: 5 },
  ],
};

describe('the bus route form', () => {
  it('shows a route as lines and reads the same route back', () => {
    const form = toForm('busRoute', route);
    expect(form.stops).toBe('县客运站|城关镇||0\n溪口|城关镇|溪口村|10\n上坪|石门乡|上坪村|45');
    expect(form.timetables).toBe('去程|工作日|06:30 08:00\n返程|工作日|06:00\n返程|节假日|');
    expect(toContent('busRoute', form)).toEqual(route);
    expect(checkForm('busRoute', form)).toBeNull();
  });

  it('says which problem the server would refuse first', () => {
    const form = toForm('busRoute', route);
    expect(checkForm('busRoute', { ...form, timetables: '去程|工作日|08:00 06:30\n返程|工作日|06:00' })).toBe('「去程·工作日」的发车时间要从早到晚排、不能重复：06:30 排在了 08:00 之后');
    expect(checkForm('busRoute', { ...form, fares: '县客运站|溪口|2\n县客运站|上坪|6' })).toBe('票价表缺少 1 对站点的票价：「溪口—上坪」（或者填统一票价）');
    expect(checkForm('busRoute', { ...form, flatFare: '3', fares: '' })).toBeNull();
    expect(checkForm('busRoute', { ...form, hotline: '打电话' })).toBe('服务电话应为手机号、带区号的座机号或 5～8 位的服务号码（如 12328）');
  });
});
