import { useState } from 'react';
import { copyText } from '../../lib/ui/insert';
import { t } from '../../lib/ui/i18n';

/** Insert (never sends) and copy for a text the person has in front of them; the result is said, not assumed. */
export function TextActions({ text, onInsert, testId }: { text: string; onInsert?: (text: string) => Promise<boolean>; testId: string }) {
  const [state, setState] = useState<'idle' | 'inserted' | 'copied' | 'failed'>('idle');
  return (
    <div className="reply__actions">
      {onInsert ? (
        <button type="button" className="btn btn--primary" data-testid={`${testId}-insert`} onClick={async () => setState((await onInsert(text)) ? 'inserted' : 'failed')}>
          {t('insertIntoChat')}
        </button>
      ) : null}
      <button type="button" className="btn" data-testid={`${testId}-copy`} onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}>
        {t('copy')}
      </button>
      <span className="reply__state" role="status" data-testid={`${testId}-state`}>
        {state === 'inserted' ? t('insertedNotSent') : state === 'copied' ? t('copied') : state === 'failed' ? t('insertFailed') : ''}
      </span>
    </div>
  );
}
