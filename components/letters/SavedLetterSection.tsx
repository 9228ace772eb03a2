import './letters.css';
import { browser } from 'wxt/browser';
import { letterTitle } from '../../lib/letters/index';
import { letterPagePath } from '../../lib/letters/letter-page';
import type { SavedLetter } from '../../lib/records/types';
import type { Lang } from '../../lib/ui/i18n';
import { Section } from '../records/Section';
import { tx } from './text';
import { TextActions } from './TextActions';

/** The application kept with this record: read, copied, printed. It is edited in the Plan tab, where it was written. */
export function SavedLetterSection({ sessionId, letter, lang }: { sessionId: string; letter: SavedLetter; lang: Lang }) {
  return (
    <Section title={tx('savedLetterTitle', lang)} testId="saved-letter" aside={<span className="rec-count">{tx('savedLetterOn', lang, letter.savedOn)}</span>}>
      <p className="hint">{letterTitle(letter.kind)}</p>
      <details className="rec-details">
        <summary>{tx('letterShow', lang)}</summary>
        <p className="letter-text" data-testid="saved-letter-text">
          {letter.text}
        </p>
      </details>
      <div className="rec-actions">
        <button
          type="button"
          className="btn"
          data-testid="saved-letter-print"
          onClick={() => window.open(browser.runtime.getURL('/letter.html') + letterPagePath({ session: sessionId }, true).slice('/letter.html'.length), '_blank', 'noopener')}
        >
          {tx('letterOpenPrint', lang)}
        </button>
      </div>
      <TextActions text={letter.text} testId="saved-letter" />
    </Section>
  );
}
