import { useEffect, useState } from 'react';
import type { TabStatus } from '../lib/protocol/protocol';
import { t, type MessageKey } from '../lib/ui/i18n';
import { copyText } from '../lib/ui/insert';
import { captureDisplay, fetchDiagnostic, fetchTabStatus, type CaptureDisplay } from '../lib/ui/tab-status';

/**
 * The tab's live capture state, asked of the background while the panel is open (states change without data) and
 * again at once whenever `changed` changes (a message was stored), so the words never lag behind the transcript.
 */
export function useTabStatus(tabId: number | undefined, changed?: unknown, intervalMs = 1500): TabStatus | undefined {
  const [status, setStatus] = useState<TabStatus | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return undefined;
    let alive = true;
    const ask = () => void fetchTabStatus(tabId).then((s) => alive && setStatus(s));
    ask();
    const timer = setInterval(ask, intervalMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tabId, changed, intervalMs]);
  return status;
}

const LABELS: Record<CaptureDisplay, MessageKey> = {
  recording: 'statusCapturing',
  paused: 'statusCapturing',
  found: 'statusFound',
  unreadable: 'statusUnreadable',
  stopped: 'statusStopped',
  idle: 'statusIdle',
  ended: 'statusEnded',
};

export function CaptureStatusPill({ status, ended = false }: { status: TabStatus | undefined; ended?: boolean }) {
  const display = captureDisplay(status, ended);
  const tone = display === 'recording' ? 'status--on' : display === 'unreadable' ? 'status--warn' : '';
  return (
    <span className={`status ${tone}`} data-testid="capture-status" data-state={display} role="status">
      <span className="status__dot" />
      {t(LABELS[display])}
    </span>
  );
}

/** Shown instead of a silent "recording" when a chat is found but none of its messages can be read. */
export function UnreadableNotice({ tabId }: { tabId: number }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined);
  const copy = async () => {
    const report = await fetchDiagnostic(tabId);
    setCopied(report && (await copyText(report)) ? 'yes' : 'failed');
  };
  return (
    <section className="notice notice--warn" data-testid="unreadable-notice">
      <h2 className="notice__title">{t('unreadableTitle')}</h2>
      <p>{t('unreadableBody')}</p>
      <button type="button" className="btn" onClick={() => void copy()}>
        {t('copyReport')}
      </button>
      <span role="status" className="notice__result">
        {copied === 'yes' ? t('reportCopied') : copied === 'failed' ? t('reportFailed') : ''}
      </span>
    </section>
  );
}
