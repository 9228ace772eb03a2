import type { DateMention } from '../../lib/records/types';
import { t } from '../../lib/ui/i18n';
import { Section } from './Section';

/** Dates the bank named, kept with the words they were read from so the user can tell "25th" from "in 3 working days". */
export function DatesSection({ dates, onChange }: { dates: readonly DateMention[]; onChange: (dates: DateMention[]) => void }) {
  if (dates.length === 0) return null;
  return (
    <Section title={t('recDatesTitle')} testId="dates">
      <ul className="rec-items">
        {[...dates]
          .map((d, i) => ({ d, i }))
          .sort((a, b) => (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : 0))
          .map(({ d, i }) => (
            <li key={`${d.date}|${d.text}`} className="rec-item">
              <span className="rec-mono">{d.date}</span>
              <span className="rec-item__main rec-quote">“{d.text}”</span>
              <button type="button" className="rec-remove" aria-label={t('recRemove')} onClick={() => onChange(dates.filter((_, k) => k !== i))}>
                ×
              </button>
            </li>
          ))}
      </ul>
    </Section>
  );
}
