import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Message } from '../lib/db/types';
import { formatTime, t, type Lang, type MessageKey } from '../lib/ui/i18n';
import { estimateTextHeight, useWindowedList } from '../lib/ui/windowing';

const ROLE_LABEL: Record<Message['role'], MessageKey> = {
  customer: 'roleCustomer',
  agent: 'roleAgent',
  bot: 'roleBot',
  system: 'roleSystem',
};

function Bubble({ message: m, lang, index, total }: { message: Message; lang: Lang; index: number; total: number }) {
  const position = { 'data-row': index, 'aria-posinset': index + 1, 'aria-setsize': total };
  if (m.role === 'system') {
    return (
      <li className="msg msg--system" {...position}>
        <span>{m.text}</span>
      </li>
    );
  }
  return (
    <li className={`msg msg--${m.role}`} data-role={m.role} {...position}>
      <div className="msg__meta">
        <span className="msg__who">{m.role === 'customer' ? t('roleCustomer') : m.author ?? t(ROLE_LABEL[m.role])}</span>
        {m.role === 'bot' ? <span className="tag tag--bot">{t('roleBot')}</span> : null}
        <span className="msg__time">{m.shownTime ?? formatTime(m.at, lang)}</span>
      </div>
      <div className="msg__bubble">{m.text}</div>
    </li>
  );
}

const keyOf = (m: Message) => m.id;

/** Estimates in CSS pixels of the panel's stylesheet (.msg, .msg__bubble, .msg--system); measured heights replace them. */
function estimateRow(m: Message, width: number): number {
  if (m.role === 'system') return estimateTextHeight(m.text, width - 24, { lineHeight: 17, charWidth: 6.5, chrome: 8 });
  return estimateTextHeight(m.text, width * 0.88 - 26, { lineHeight: 20, charWidth: 7.5, chrome: 40 });
}

/** The list's CSS gap (.transcript in styles.css): part of every row's offset. */
const ROW_GAP = 10;

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * Page text is rendered as React text nodes only: it is untrusted and must never become markup.
 *
 * Only the messages in view (and a few either side) are in the DOM, so a 50,000-message session scrolls like a short
 * one; two hidden spacers keep the scrollbar true. Rows keep their list semantics with their position in the whole
 * transcript (aria-posinset / aria-setsize). New messages are announced from a separate live region, since rows
 * mounting as the person scrolls must not be read out as new.
 *
 * A live chat follows new messages while the person is at the newest one; once they scroll up to reread, new
 * messages leave the view where it is and a "new messages ↓" button (sticky at the bottom of the scroller) takes them
 * back down.
 */
export function Transcript({
  messages,
  lang,
  renderAfter,
  follow = false,
  scroller,
}: {
  messages: readonly Message[];
  lang: Lang;
  /** Insights shown under a message (e.g. the analysis of an offer the agent just made); null for none. */
  renderAfter?: (message: Message) => ReactNode;
  /** A live chat: keep the newest message in view and announce it. */
  follow?: boolean;
  /** The element the transcript scrolls in; the page when absent. */
  scroller?: HTMLElement | null;
}) {
  const win = useWindowedList({ items: messages, keyOf, estimate: estimateRow, gap: ROW_GAP, overscan: 8, scroller, follow });
  const { scrollToEnd, isFollowing } = win;
  const seen = useRef(0);
  const [unseen, setUnseen] = useState(0);
  useEffect(() => {
    if (!follow || messages.length === 0) return;
    const added = messages.length - seen.current;
    const first = seen.current === 0;
    seen.current = messages.length;
    if (first || isFollowing()) scrollToEnd();
    else if (added > 0) setUnseen((n) => n + added);
  }, [follow, messages.length, scrollToEnd, isFollowing]);
  // Back at the newest message (by the button or by scrolling): nothing is unseen any more.
  useEffect(() => {
    if (win.following) setUnseen(0);
  }, [win.following]);

  const rows: ReactNode[] = [];
  for (let i = win.range.start; i < win.range.end; i++) {
    const m = messages[i]!;
    const after = renderAfter?.(m);
    rows.push(
      <Fragment key={m.id}>
        <Bubble message={m} lang={lang} index={i} total={messages.length} />
        {after ? (
          <li className="msg-after" data-row={i}>
            {after}
          </li>
        ) : null}
      </Fragment>,
    );
  }
  const newest = messages.at(-1);
  return (
    <>
      <ol className="transcript" ref={win.listRef} data-count={messages.length}>
        {win.before > 0 ? <li className="transcript__spacer" aria-hidden="true" role="presentation" style={{ height: win.before, flex: 'none' }} /> : null}
        {rows}
        {win.after > 0 ? <li className="transcript__spacer" aria-hidden="true" role="presentation" style={{ height: win.after, flex: 'none' }} /> : null}
      </ol>
      {follow && unseen > 0 && !win.following ? (
        <button type="button" className="new-pill" data-testid="new-messages" onClick={() => scrollToEnd()}>
          {t('newMessages')}
        </button>
      ) : null}
      {follow ? (
        <p style={visuallyHidden} aria-live="polite">
          {newest ? `${newest.author ?? t(ROLE_LABEL[newest.role])}: ${newest.text.slice(0, 300)}` : ''}
        </p>
      ) : null}
    </>
  );
}
