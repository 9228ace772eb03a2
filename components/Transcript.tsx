import type { Message } from '../lib/db/types';
import { formatTime, t, type Lang, type MessageKey } from '../lib/ui/i18n';

const ROLE_LABEL: Record<Message['role'], MessageKey> = {
  customer: 'roleCustomer',
  agent: 'roleAgent',
  bot: 'roleBot',
  system: 'roleSystem',
};

/** Page text is rendered as React text nodes only: it is untrusted and must never become markup. */
export function Transcript({ messages, lang }: { messages: readonly Message[]; lang: Lang }) {
  return (
    <ol className="transcript" aria-live="polite">
      {messages.map((m) =>
        m.role === 'system' ? (
          <li key={m.id} className="msg msg--system">
            <span>{m.text}</span>
          </li>
        ) : (
          <li key={m.id} className={`msg msg--${m.role}`} data-role={m.role}>
            <div className="msg__meta">
              <span className="msg__who">{m.role === 'customer' ? t('roleCustomer') : m.author ?? t(ROLE_LABEL[m.role])}</span>
              {m.role === 'bot' ? <span className="tag tag--bot">{t('roleBot')}</span> : null}
              <span className="msg__time">{m.shownTime ?? formatTime(m.at, lang)}</span>
            </div>
            <div className="msg__bubble">{m.text}</div>
          </li>
        ),
      )}
    </ol>
  );
}
