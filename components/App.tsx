import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { db } from '../lib/db/instance';
import { loadProfile } from '../lib/db/profile';
import { latestSessionForTab, sessionSummaries } from '../lib/db/queries';
import { currentActiveTabId, explicitTabId, onActiveTabChange } from '../lib/ui/active-tab';
import { t, uiLang } from '../lib/ui/i18n';
import { insertIntoChat } from '../lib/ui/insert';
import { INSERT_SUGGESTION_EVENT, panelRoutes } from '../lib/ui/panel-routes';
import { messageListener } from '../lib/protocol/router';
import { CaptureStatusPill, UnreadableNotice, useTabStatus } from './CaptureStatus';
import { EmptyState } from './EmptyState';
import { PanelTabs, tabId as tabElementId, tabPanelId, type PanelTab } from './PanelTabs';
import { PauseSwitch } from './PauseSwitch';
import { PlanView } from './plan/PlanView';
import { RecordsView } from './records/RecordsView';
import { SessionView } from './SessionView';
import { useSessionEnded } from './session/useSessionEnded';
import { SiteAccess } from './SiteAccess';
import { StorageNotice } from './StorageNotice';

type View = { kind: 'live' } | { kind: 'plan' } | { kind: 'history' };

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

export function App() {
  const lang = uiLang();
  const tabId = useTabId();
  const [view, setView] = useState<View>({ kind: 'live' });
  const liveSession = useLiveQuery(() => (tabId === undefined ? undefined : latestSessionForTab(db, tabId)), [tabId]);
  const chatEnded = useSessionEnded(liveSession?.id);
  const summaries = useLiveQuery(() => sessionSummaries(db), []);
  const profile = useLiveQuery(() => loadProfile(db), []);
  const status = useTabStatus(tabId, liveSession?.updatedAt);
  const onInsert = async (text: string) => (await insertIntoChat(tabId, text)).ok;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  // The browser's insert shortcuts reach the panel through the background; the dock, which holds the suggestions, acts.
  useEffect(() => {
    const routes = panelRoutes({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      tabId: () => tabId,
      insertSuggestion: (n) => window.dispatchEvent(new CustomEvent(INSERT_SUGGESTION_EVENT, { detail: n })),
    });
    const listener = messageListener(routes, { othersAnswer: true }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);

  const tabs: PanelTab<View['kind']>[] = [
    { kind: 'live', label: t('tabTranscript') },
    { kind: 'plan', label: t('tabPlan') },
    { kind: 'history', label: t('tabHistory'), ...(summaries?.length ? { count: summaries.length } : {}) },
  ];

  const chat = view.kind === 'live' && liveSession !== undefined;
  const notices = (
    <>
      <SiteAccess tabId={tabId} />
      {status?.unreadable && tabId !== undefined ? <UnreadableNotice tabId={tabId} /> : null}
    </>
  );

  return (
    <div className={`app ${chat ? 'app--chat' : ''}`}>
      {chat ? (
        <a className="skip-link" href="#suggested-replies" onClick={skipToReplies}>
          {t('skipToReplies')}
        </a>
      ) : null}
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
        <CaptureStatusPill status={status} ended={chatEnded} />
      </header>
      <nav aria-label={t('appTitle')}>
        <PanelTabs tabs={tabs} selected={view.kind} onSelect={(kind) => setView({ kind } as View)} label={t('appTitle')} />
      </nav>
      <main className={`content ${chat ? 'content--chat' : ''}`}>
        <div className="tabpanel" role="tabpanel" id={tabPanelId(view.kind)} aria-labelledby={tabElementId(view.kind)}>
          {view.kind === 'live' && (
            <>
              {/* A full database refuses new chats before they have a session: the storage notice must show here too. */}
              {liveSession ? null : notices}
              {liveSession ? null : <StorageNotice lang={lang} />}
              {liveSession ? (
                <SessionView sessionId={liveSession.id} live profile={profile} onInsert={onInsert} intro={notices} />
              ) : status?.unreadable ? null : (
                <EmptyState />
              )}
            </>
          )}
          {view.kind === 'plan' && <PlanView profile={profile} lang={lang} onInsert={onInsert} />}
          {view.kind === 'history' && <RecordsView lang={lang} />}
        </div>
      </main>
      <footer className="footnote">
        <PauseSwitch />
        <span>{t('localOnly')}</span>
      </footer>
    </div>
  );
}

/**
 * The skip link's target is the first suggested reply's Insert button, so a keyboard user reaches it in two key
 * presses from the top of the panel; with no suggestion yet, the chat itself.
 */
function skipToReplies(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target =
    document.querySelector<HTMLElement>('#suggested-replies .btn--primary') ??
    document.querySelector<HTMLElement>('#suggested-replies') ??
    document.querySelector<HTMLElement>('[data-testid="chat-scroll"]');
  // After the key press that activated the link has finished: moved at once, its Enter also pressed the button.
  requestAnimationFrame(() => target?.focus());
}
