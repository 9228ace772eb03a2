import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../lib/db/instance';
import { latestSessionForTab, sessionMessages, sessionSummaries } from '../lib/db/queries';
import { currentActiveTabId, explicitTabId, onActiveTabChange } from '../lib/ui/active-tab';
import { t, uiLang } from '../lib/ui/i18n';
import { EmptyState } from './EmptyState';
import { HistoryList } from './HistoryList';
import { SessionHeader } from './SessionHeader';
import { Transcript } from './Transcript';

type View = { kind: 'live' } | { kind: 'history' } | { kind: 'record'; sessionId: string };

function useTabId(): number | undefined {
  const pinned = explicitTabId(location.search);
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  useEffect(() => {
    if (pinned !== undefined) return undefined;
    const refresh = () => void currentActiveTabId().then(setTabId);
    refresh();
    return onActiveTabChange(refresh);
  }, [pinned]);
  return tabId;
}

function SessionView({ sessionId, live }: { sessionId: string; live: boolean }) {
  const lang = uiLang();
  const session = useLiveQuery(() => db.sessions.get(sessionId), [sessionId]);
  const messages = useLiveQuery(() => sessionMessages(db, sessionId), [sessionId]);
  useEffect(() => {
    if (live) document.querySelector('.transcript > li:last-child')?.scrollIntoView({ block: 'end' });
  }, [live, messages?.length]);
  if (!session || !messages) return null;
  return (
    <>
      <SessionHeader session={session} count={messages.length} lang={lang} live={live} />
      {messages.length === 0 ? <p className="empty-note">{t('waitingForMessages')}</p> : <Transcript messages={messages} lang={lang} />}
    </>
  );
}

export function App() {
  const lang = uiLang();
  const tabId = useTabId();
  const [view, setView] = useState<View>({ kind: 'live' });
  const liveSession = useLiveQuery(
    () => (tabId === undefined ? undefined : latestSessionForTab(db, tabId)),
    [tabId],
  );
  const summaries = useLiveQuery(() => sessionSummaries(db), []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <svg viewBox="0 0 32 32" className="brand__logo" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#0f766e" />
            <path d="M8 10h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-9l-5 4v-4H8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2z" fill="#fff" />
            <path d="M11 16h10" stroke="#0f766e" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <div>
            <h1 className="brand__name">{t('appTitle')}</h1>
            <p className="brand__sub">{t('appSubtitle')}</p>
          </div>
        </div>
        <span className={`status ${liveSession ? 'status--on' : ''}`} data-testid="capture-status">
          <span className="status__dot" />
          {liveSession ? t('statusCapturing') : t('statusIdle')}
        </span>
      </header>
      <nav className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={view.kind === 'live'} onClick={() => setView({ kind: 'live' })}>
          {t('tabTranscript')}
        </button>
        <button type="button" role="tab" aria-selected={view.kind !== 'live'} onClick={() => setView({ kind: 'history' })}>
          {t('tabHistory')}
          {summaries && summaries.length > 0 ? <span className="tabs__count">{summaries.length}</span> : null}
        </button>
      </nav>
      <main className="content">
        {view.kind === 'live' &&
          (liveSession ? <SessionView sessionId={liveSession.id} live /> : <EmptyState />)}
        {view.kind === 'history' && (
          <HistoryList summaries={summaries ?? []} lang={lang} onOpen={(sessionId) => setView({ kind: 'record', sessionId })} />
        )}
        {view.kind === 'record' && (
          <>
            <button type="button" className="link-button" onClick={() => setView({ kind: 'history' })}>
              ← {t('historyBack')}
            </button>
            <SessionView sessionId={view.sessionId} live={false} />
          </>
        )}
      </main>
      <footer className="footnote">{t('localOnly')}</footer>
    </div>
  );
}
