import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import { db } from '../../lib/db/instance';
import { sessionEnd } from '../../lib/ui/session-end';

/** Whether the live chat has ended, from its last lines only (the status line must not read a whole transcript). */
export function useSessionEnded(sessionId: string | undefined): boolean {
  return (
    useLiveQuery(async () => {
      if (sessionId === undefined) return false;
      const last = await db.messages.where('[sessionId+seq]').between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey]).reverse().limit(40).toArray();
      return sessionEnd(last.reverse()).ended;
    }, [sessionId]) ?? false
  );
}
