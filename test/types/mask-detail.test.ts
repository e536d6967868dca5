// What staff see of a person's details before a recorded reveal: enough to recognise, not to use.
import { maskDetail } from '#types/text/mask-detail';

describe('maskDetail', () => {
  it.each([
    ['phone', '13812345678', '138****5678'],
    ['applicant.idNumber', '43010219900101123X', '4301**********123X'],
    ['applicant.email', 'wang@example.com', 'w***@example.com'],
    ['applicant.address', '湖南省清溪县城关镇东门社区5栋', '湖南省清溪县***'],
    ['applicant.address', '清溪县石门乡石门村3组', '清溪县***'],
    ['applicant.address', '花石镇杨柳村3组12号', '花石镇***'],
    ['applicant.address', '东门市场路8号', '东门***'],
  ] as const)('%s %s → %s', (field, value, masked) => {
    expect(maskDetail(field, value)).toBe(masked);
  });

  it('never shows the village or house of a county-local address, and keeps an empty value empty', () => {
    expect(maskDetail('applicant.address', '花石镇杨柳村3组12号')).not.toContain('杨柳村');
    expect(maskDetail('phone', null)).toBeNull();
    expect(maskDetail('applicant.email', '')).toBe('');
  });
});
