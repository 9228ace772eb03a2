import { useState } from 'react';
import type { Lang } from '../../lib/ui/i18n';
import { t } from '../../lib/ui/i18n';
import { ManualEntryForm } from './ManualEntryForm';
import { RecordDetail } from './RecordDetail';
import { RecordList } from './RecordList';
import { RecordTools } from './RecordTools';

type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'detail'; sessionId: string };

/** The whole Records tab: every contact with the bank, one record each, and the tools to keep them safe. */
export function RecordsView({ lang }: { lang: Lang }) {
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const back = () => setScreen({ kind: 'list' });
  return (
    <div className="rec-view">
      {screen.kind === 'list' && (
        <>
          <RecordList lang={lang} onOpen={(sessionId) => setScreen({ kind: 'detail', sessionId })} onNew={() => setScreen({ kind: 'new' })} />
          <RecordTools lang={lang} />
        </>
      )}
      {screen.kind === 'new' && (
        <>
          <button type="button" className="link-button" data-testid="records-back" onClick={back}>
            ← {t('recBack')}
          </button>
          <ManualEntryForm lang={lang} onSaved={(sessionId) => setScreen({ kind: 'detail', sessionId })} onCancel={back} />
        </>
      )}
      {screen.kind === 'detail' && (
        <>
          <button type="button" className="link-button" data-testid="records-back" onClick={back}>
            ← {t('recBack')}
          </button>
          <RecordDetail sessionId={screen.sessionId} lang={lang} onDeleted={back} />
        </>
      )}
    </div>
  );
}
