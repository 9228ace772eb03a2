import { useState } from 'react';
import { copyText } from '../../lib/ui/insert';
import { t } from '../../lib/ui/i18n';

/** An editable reply with "insert into chat" (never sends) and "copy". */
export function ReplyActions({ text, onInsert }: { text: string; onInsert: (text: string) => Promise<boolean> }) {
  const [draft, setDraft] = useState(text);
  const [state, setState] = useState<'idle' | 'inserted' | 'copied' | 'failed'>('idle');
  const [editing, setEditing] = useState(false);
  return (
    <div className="reply">
      {editing ? (
        <textarea className="reply__edit" value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <p className="reply__text" onDoubleClick={() => setEditing(true)}>
          {draft}
        </p>
      )}
      <div className="reply__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={async () => setState((await onInsert(draft)) ? 'inserted' : 'failed')}
        >
          {t('insertIntoChat')}
        </button>
        <button type="button" className="btn" onClick={async () => setState((await copyText(draft)) ? 'copied' : 'failed')}>
          {t('copy')}
        </button>
        {!editing ? (
          <button type="button" className="btn btn--ghost" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
        ) : null}
        <span className="reply__state" role="status">
          {state === 'inserted' ? t('insertedNotSent') : state === 'copied' ? t('copied') : state === 'failed' ? t('insertFailed') : ''}
        </span>
      </div>
    </div>
  );
}
