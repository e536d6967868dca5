// Which of some item codes no published guide carries: their records stay stored and are listed for staff.
import { loadGuideCodes } from './guide-codes';

export async function unlinkedCodes(codes: string[]): Promise<string[]> {
  const carried = new Set((await loadGuideCodes()).map((g) => g.itemCode).filter(Boolean));
  return codes.filter((c) => !carried.has(c)).sort();
}
