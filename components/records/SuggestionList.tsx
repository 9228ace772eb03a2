import { useState } from 'react';
import type { Message } from '../../lib/records/types';
import { t, type Lang } from '../../lib/ui/i18n';
import type { Suggestion } from '../../lib/ui/records/suggestions';
import { formatDate } from './format';
import { REFERENCE_LABEL } from './labels';
import { Section } from './Section';

function describe(s: Suggestion, lang: Lang): { kind: string; value: string } {
  switch (s.kind) {
    case 'bank':
      return { kind: t('recBank'), value: s.bankName };
    case 'reference':
      return { kind: t(REFERENCE_LABEL[s.reference.kind]), value: s.reference.value };
    case 'agent':
      return { kind: t('recSuggestAgent'), value: [s.agent.name, s.agent.id && t('recAgentIdShort', s.agent.id)].filter(Boolean).join(' · ') };
    case 'date':
      return { kind: t('recSuggestDate'), value: `${s.date.date} · “${s.date.text}”` };
    case 'followUp':
      return { kind: t('recSuggestFollowUp'), value: `${s.followUp.title} · ${formatDate(s.followUp.dueAt, lang)}` };
  }
}

function sourceOf(s: Suggestion): string | undefined {
  if (s.kind === 'bank') return undefined;
  if (s.kind === 'reference') return s.reference.sourceMessageId;
  if (s.kind === 'agent') return s.agent.sourceMessageId;
  if (s.kind === 'date') return s.date.sourceMessageId;
  return s.followUp.sourceMessageId;
}

const QUOTE_MAX = 90;
/** A very long chat can yield hundreds of numbers and dates: the first few are shown, the rest on request. */
const FIRST = 10;

/** Found in the conversation, not yet in the record: each one waits for the user's yes or no. */
export function SuggestionList({
  suggestions,
  messages,
  lang,
  onAccept,
  onDismiss,
}: {
  suggestions: readonly Suggestion[];
  messages: ReadonlyMap<string, Message>;
  lang: Lang;
  onAccept: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
}) {
  const [all, setAll] = useState(false);
  if (suggestions.length === 0) return null;
  const shown = all ? suggestions : suggestions.slice(0, FIRST);
  return (
    <Section title={t('recSuggestionsTitle')} testId="suggestions">
      <p className="hint">{t('recSuggestionsHint')}</p>
      <ul className="rec-suggestions">
        {shown.map((s) => {
          const { kind, value } = describe(s, lang);
          const source = messages.get(sourceOf(s) ?? '');
          const quote = source ? (source.text.length > QUOTE_MAX ? `${source.text.slice(0, QUOTE_MAX)}…` : source.text) : undefined;
          return (
            <li key={s.key} className="rec-suggestion" data-testid="suggestion" data-kind={s.kind}>
              <div className="rec-suggestion__body">
                <span className="rec-suggestion__kind">{kind}</span>
                <span className="rec-suggestion__value">{value}</span>
                {quote ? <q className="rec-suggestion__quote">{quote}</q> : null}
              </div>
              <div className="rec-suggestion__actions">
                <button type="button" className="btn btn--primary" data-testid="suggestion-accept" onClick={() => onAccept(s)}>
                  {t('recConfirm')}
                </button>
                <button type="button" className="btn btn--ghost" data-testid="suggestion-dismiss" onClick={() => onDismiss(s)}>
                  {t('recDismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length < suggestions.length ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('recShowAll', String(suggestions.length))}
        </button>
      ) : null}
    </Section>
  );
}
