// The local gateway's dev sign-in (browser only). Absent in production, where the calls fail
// and the picker stays hidden; never asked for under the county portal's path.
import { apiBase, underPortal } from '@/lib/api-base';
import { forgetSavedCopies } from '@/lib/saved-copy';

export interface DevPersonas {
  current: string;
  personas: { key: string; label: string }[];
}

async function post(body: object): Promise<DevPersonas | null> {
  if (underPortal()) return null;
  try {
    const res = await fetch(`${apiBase()}/api/_dev`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'include',
    });
    return res.ok ? ((await res.json()) as DevPersonas) : null;
  } catch {
    return null;
  }
}

export const fetchDevPersonas = (): Promise<DevPersonas | null> => post({});
/** Another person on this browser: the pages kept for offline reading held the last one's marks. */
export async function switchDevPersona(persona: string): Promise<DevPersonas | null> {
  const switched = await post({ persona });
  if (switched) forgetSavedCopies();
  return switched;
}
