import { useState } from 'react';
import { REFERENCE_KINDS, type Reference, type ReferenceKind } from '../../lib/records/types';
import { t } from '../../lib/ui/i18n';
import { REFERENCE_LABEL } from './labels';
import { Section } from './Section';

export function ReferencesSection({ references, onChange }: { references: readonly Reference[]; onChange: (references: Reference[]) => void }) {
  const [kind, setKind] = useState<ReferenceKind>('ticket');
  const [value, setValue] = useState('');
  const replace = (i: number, r: Reference) => onChange(references.map((old, k) => (k === i ? r : old)));
  const add = () => {
    const v = value.trim();
    if (!v || references.some((r) => r.value === v)) return;
    // Typed by the user from a letter or a call: they have the number in front of them.
    onChange([...references, { kind, value: v, confirmed: true }]);
    setValue('');
  };
  return (
    <Section title={t('recReferencesTitle')} testId="references">
      {references.length === 0 ? <p className="hint">{t('recReferencesEmpty')}</p> : null}
      <ul className="rec-items">
        {references.map((r, i) => (
          <li key={r.value} className="rec-item" data-testid="reference">
            <select aria-label={t('recReferenceKind')} value={r.kind} onChange={(e) => replace(i, { ...r, kind: e.target.value as ReferenceKind })}>
              {REFERENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(REFERENCE_LABEL[k])}
                </option>
              ))}
            </select>
            <span className="rec-item__main rec-mono">{r.value}</span>
            <label className="rec-check">
              <input type="checkbox" checked={r.confirmed} onChange={(e) => replace(i, { ...r, confirmed: e.target.checked })} />
              {t('recChecked')}
            </label>
            <button type="button" className="rec-remove" aria-label={t('recRemove')} onClick={() => onChange(references.filter((_, k) => k !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="rec-inline-form">
        <select aria-label={t('recReferenceKind')} value={kind} onChange={(e) => setKind(e.target.value as ReferenceKind)}>
          {REFERENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(REFERENCE_LABEL[k])}
            </option>
          ))}
        </select>
        <input aria-label={t('recReferenceValue')} placeholder={t('recReferenceValue')} value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="button" className="btn" onClick={add}>
          {t('recAdd')}
        </button>
      </div>
    </Section>
  );
}
