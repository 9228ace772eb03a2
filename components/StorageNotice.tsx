import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../lib/db/instance';
import { storageStatus } from '../lib/db/storage-ledger';
import type { Lang } from '../lib/ui/i18n';
import { storageNotice } from '../lib/ui/storage-notice';

const STOP = { borderColor: '#fca5a5', background: '#fef2f2', color: '#7f1d1d' } as const;

/**
 * Storage warnings for the open conversation and the whole database (lib/ui/storage-notice.ts decides the words).
 * Live: the tallies are written with every stored batch, so the notice appears as soon as a bound comes near.
 */
export function StorageNotice({ sessionId, lang }: { sessionId?: string; lang: Lang }) {
  const status = useLiveQuery(() => storageStatus(db, sessionId), [sessionId]);
  const notice = storageNotice(status, lang);
  if (!notice) return null;
  return (
    <section
      className="notice notice--warn"
      role={notice.tone === 'stop' ? 'alert' : 'status'}
      data-testid="storage-notice"
      data-tone={notice.tone}
      style={notice.tone === 'stop' ? STOP : undefined}
    >
      <h2 className="notice__title">{notice.title}</h2>
      <p>{notice.body}</p>
      {notice.steps.length > 0 ? (
        <ol>
          {notice.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
