import { Fragment, type ReactNode } from 'react';
import type { Message } from '../lib/db/types';
import { formatTime, t, type Lang, type MessageKey } from '../lib/ui/i18n';

const ROLE_LABEL: Record<Message['role'], MessageKey> = {
  customer: 'roleCustomer',
  agent: 'roleAgent',
  bot: 'roleBot',
  system: 'roleSystem',
};

function Bubble({ message: m, lang }: { message: Message; lang: Lang }) {
  if (m.role === 'system') {
    return (
      <li className="msg msg--system">
        <span>{m.text}</span>
      </li>
    );
  }
  return (
    <li className={`msg msg--${m.role}`} data-role={m.role}>
      <div className="msg__meta">
        <span className="msg__who">{m.role === 'customer' ? t('roleCustomer') : m.author ?? t(ROLE_LABEL[m.role])}</span>
        {m.role === 'bot' ? <span className="tag tag--bot">{t('roleBot')}</span> : null}
        <span className="msg__time">{m.shownTime ?? formatTime(m.at, lang)}</span>
      </div>
      <div className="msg__bubble">{m.text}</div>
    </li>
  );
}

/** Page text is rendered as React text nodes only: it is untrusted and must never become markup. */
export function Transcript({
  messages,
  lang,
  renderAfter,
}: {
  messages: readonly Message[];
  lang: Lang;
  /** Insights shown under a message (e.g. the analysis of an offer the agent just made); null for none. */
  renderAfter?: (message: Message) => ReactNode;
}) {
  return (
    <ol className="transcript" aria-live="polite">
      {messages.map((m) => {
        const after = renderAfter?.(m);
        return (
          <Fragment key={m.id}>
            <Bubble message={m} lang={lang} />
            {after ? <li className="msg-after">{after}</li> : null}
          </Fragment>
        );
      })}
    </ol>
  );
}
