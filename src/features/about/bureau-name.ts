// The bureau's name as its published 机构信息 gives it, for what speaks in its name (broadcast scripts).
// Until the page is published, or without a connection, the county bureau in general terms.
import { useEffect, useState } from 'react';
import { BUREAU_FALLBACK_NAME } from '#types/models/bureau';
import { fetchBureau } from './api/about-api';


export function useBureauName(): string {
  const [name, setName] = useState(BUREAU_FALLBACK_NAME);
  useEffect(() => {
    let live = true;
    void fetchBureau().then((result) => {
      if (live && result.ok && result.data.name.trim()) setName(result.data.name.trim());
    });
    return () => {
      live = false;
    };
  }, []);
  return name;
}
