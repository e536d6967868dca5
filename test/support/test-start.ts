// Where every product test starts unless it picks another instant: a Wednesday, a working day,
// mid-morning in Beijing, inside the official calendar — never the machine's wall clock.
export const TEST_START = '2026-06-10T10:00:00+08:00';
