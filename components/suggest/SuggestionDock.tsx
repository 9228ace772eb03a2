import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { db } from '../../lib/db/instance';
import { loadPinned, saveUserPhrase, togglePinned } from '../../lib/db/phrases';
import type { Message, Session } from '../../lib/db/types';
import { findForbidden, STAGE_LABELS, type Suggestion } from '../../lib/phrasing/index';
import { t, type Lang } from '../../lib/ui/i18n';
import { INSERT_SUGGESTION_EVENT } from '../../lib/ui/panel-routes';
import { shortcutNumber, useShortcutLabels } from '../../lib/ui/shortcuts';
import { suggestionsFor } from '../../lib/ui/suggestion-context';
import type { Currency } from '../../lib/negotiate/types';
import type { ReplyLanguage } from '../../lib/ui/reply-language';
import { ReplyActions } from '../offer/ReplyActions';
import { ReplyLanguageSwitch } from './ReplyLanguageSwitch';

const SHOWN = 3;

function SuggestionItem({ s, index, lang, pinned, shortcut, onInsert }: { s: Suggestion; index: number; lang: Lang; pinned: boolean; shortcut: string; onInsert: (text: string) => Promise<boolean> }) {
  return (
    <li className={`suggestion suggestion--${s.stage}`} data-testid="suggestion" data-id={s.id}>
      <div className="suggestion__head">
        {index < SHOWN && shortcut ? <kbd title={t('shortcutHint')}>{shortcut}</kbd> : null}
        <span className="chip">{STAGE_LABELS[s.stage]?.[lang] ?? s.stage}</span>
        <span className="suggestion__why">{s.why}</span>
        <button
          type="button"
          className={`pin ${pinned ? 'pin--on' : ''}`}
          aria-pressed={pinned}
          aria-label={t('pinPhrase')}
          title={t('pinPhrase')}
          onClick={() => void togglePinned(db, s.id)}
        >
          <span aria-hidden="true">★</span>
        </button>
      </div>
      {s.warnings?.length ? <p className="flag flag--warning">{t('userPhraseWarning')}</p> : null}
      <ReplyActions key={s.text} text={s.text} onInsert={onInsert} />
    </li>
  );
}

function SavePhrase({ lang }: { lang: Lang }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'saved' | 'error'>('idle');
  const hits = text.trim() ? findForbidden(text) : [];
  return (
    <form
      className="save-phrase"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await saveUserPhrase(db, { text, lang });
        setState(result.ok ? 'saved' : 'error');
        if (result.ok) setText('');
      }}
    >
      <textarea rows={2} value={text} placeholder={t('userPhrasePlaceholder')} onChange={(e) => setText(e.target.value)} maxLength={1000} />
      {hits.length > 0 ? <p className="flag flag--warning">{t('userPhraseWarning')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={!text.trim()}>
          {t('userPhraseSave')}
        </button>
        <span role="status">{state === 'saved' ? t('saved') : state === 'error' ? t('invalidPhrase') : ''}</span>
      </div>
    </form>
  );
}

/** The two or three best next things to say, for this stage and what the agent just said, ready to insert. */
export function SuggestionDock({
  messages,
  session,
  profile,
  lang,
  reply,
  currency,
  onInsert,
  budgetNote,
}: {
  messages: readonly Message[];
  session: Session | undefined;
  profile: Profile | undefined;
  /** The panel's language: labels. */
  lang: Lang;
  /** The chat's language: the replies themselves (lib/ui/reply-language.ts); the panel's when not given. */
  reply?: Pick<ReplyLanguage, 'lang' | 'script'>;
  /** The chat's currency, for an offer that names none. */
  currency?: Currency;
  onInsert: (text: string) => Promise<boolean>;
  /** The budget the replies offer from, and the agreed plans it is left after (lib/debts/sentence.ts). */
  budgetNote?: string | undefined;
}) {
  // The person may write in the other language; their choice holds until the panel closes.
  const [chosenLang, setChosenLang] = useState<Lang | undefined>(undefined);
  const replyLang = chosenLang ?? reply?.lang ?? lang;
  const script = reply?.script ?? 'hans';
  // Closed, the dock is one line (the top suggestion and its Insert button) so the chat keeps the panel's height.
  const [open, setOpen] = useState(false);
  const shortcutOf = useShortcutLabels();
  const [expanded, setExpanded] = useState(false);
  const pinned = useLiveQuery(() => loadPinned(db), []) ?? [];
  const userPhrases = useLiveQuery(() => db.userPhrases.toArray(), []) ?? [];
  const suggestions = useMemo(
    () =>
      suggestionsFor({ lang: replyLang, script, labelLang: lang, ...(currency ? { currency } : {}), messages, session, profile, pinned, userPhrases, limit: 8 }),
    [replyLang, script, lang, currency, messages, session, profile, pinned, userPhrases],
  );
  const visible = expanded ? suggestions : suggestions.slice(0, SHOWN);

  useEffect(() => {
    // Alt+Shift+1..3 (or Alt+1..3) inserts a top suggestion: as a key press while the panel has focus, and as the browser's command
    // (INSERT_SUGGESTION_EVENT) while the cursor is in the bank's chat box. One press may arrive both ways.
    let last = { n: 0, at: 0 };
    const insertNth = (n: number) => {
      const chosen = Number.isInteger(n) && n >= 1 && n <= SHOWN ? suggestions[n - 1] : undefined;
      if (!chosen) return false;
      if (last.n === n && Date.now() - last.at < 400) return true;
      last = { n, at: Date.now() };
      void onInsert(chosen.text);
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const n = shortcutNumber(e);
      if (n > 0 && insertNth(n)) e.preventDefault();
    };
    const onCommand = (e: Event) => void insertNth(Number((e as CustomEvent<number>).detail));
    window.addEventListener('keydown', onKey);
    window.addEventListener(INSERT_SUGGESTION_EVENT, onCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(INSERT_SUGGESTION_EVENT, onCommand);
    };
  }, [suggestions, onInsert]);

  if (suggestions.length === 0) return null;
  const top = suggestions[0]!;
  const toggle = (
    <button
      type="button"
      className="dock__toggle"
      data-testid="dock-toggle"
      aria-expanded={open}
      aria-controls={open ? 'dock-list' : undefined}
      onClick={() => {
        setOpen(!open);
        setExpanded(false);
      }}
    >
      {open ? t('hideSuggestions') : `${t('showSuggestions')} (${Math.min(SHOWN, suggestions.length)})`}
    </button>
  );
  return (
    <section className={`dock ${open ? 'dock--open' : ''}`} id="suggested-replies" tabIndex={-1} data-testid="suggestion-dock" aria-labelledby="dock-title">
      <h2 id="dock-title" className={open ? 'dock__title' : 'visually-hidden'}>
        {t('suggestionsTitle')}
      </h2>
      {open ? (
        <>
          {toggle}
          {budgetNote ? (
            <p className="budget-note" data-testid="dock-budget-note">
              {budgetNote}
            </p>
          ) : null}
          <ol className="suggestions" id="dock-list">
            {visible.map((s, i) => (
              <SuggestionItem key={s.id} s={s} index={i} lang={lang} pinned={pinned.includes(s.id)} shortcut={shortcutOf(i + 1)} onInsert={onInsert} />
            ))}
          </ol>
          <button type="button" className="link-button dock__more" onClick={() => setExpanded(!expanded)}>
            {expanded ? t('collapse') : t('moreSuggestions')}
          </button>
          <ReplyLanguageSwitch lang={replyLang} onChange={setChosenLang} />
          {expanded ? <SavePhrase lang={replyLang} /> : null}
        </>
      ) : (
        <>
          <DockLine suggestion={top} shortcut={shortcutOf(1)} onInsert={onInsert} />
          {toggle}
        </>
      )}
    </section>
  );
}

/** The closed dock: the top suggestion on one line, insertable as it is (the first shortcut does the same). */
function DockLine({ suggestion, shortcut, onInsert }: { suggestion: Suggestion; shortcut: string; onInsert: (text: string) => Promise<boolean> }) {
  const [state, setState] = useState<'idle' | 'inserted' | 'failed'>('idle');
  useEffect(() => setState('idle'), [suggestion.text]);
  return (
    <div className="dock__line" data-testid="dock-line">
      {shortcut ? <kbd title={t('shortcutHint')}>{shortcut}</kbd> : null}
      <span className="dock__preview" title={suggestion.text}>
        {suggestion.text}
      </span>
      <button type="button" className="btn btn--primary" onClick={async () => setState((await onInsert(suggestion.text)) ? 'inserted' : 'failed')}>
        {t('insertIntoChat')}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'inserted' ? t('insertedNotSent') : state === 'failed' ? t('insertFailed') : ''}
      </span>
    </div>
  );
}
