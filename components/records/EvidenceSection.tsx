import { useState } from 'react';
import { evidenceChecklist } from '../../lib/records/evidence';
import type { EvidenceItem } from '../../lib/records/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { Section } from './Section';

/** The papers to have ready. Until the user ticks something, the default list is shown but not stored. */
export function EvidenceSection({
  evidence,
  prepared: fromPreparation,
  lang,
  onChange,
}: {
  evidence: readonly EvidenceItem[] | undefined;
  /** The list as the person's preparation (Plan tab) left it, for a record whose checklist was never touched. */
  prepared?: readonly EvidenceItem[];
  lang: Lang;
  onChange: (items: EvidenceItem[]) => void;
}) {
  const items = evidence ?? fromPreparation ?? evidenceChecklist(lang);
  const [label, setLabel] = useState('');
  const prepared = items.filter((i) => i.prepared).length;
  const add = () => {
    const l = label.trim();
    if (!l) return;
    onChange([...items, { id: `own-${globalThis.crypto.randomUUID()}`, label: l, prepared: false }]);
    setLabel('');
  };
  return (
    <Section title={t('recEvidenceTitle')} testId="evidence" aside={<span className="rec-count">{`${prepared}/${items.length}`}</span>}>
      <p className="hint">{t('recEvidenceHint')}</p>
      <ul className="rec-checklist">
        {items.map((item, i) => (
          <li key={item.id}>
            <label className="rec-check">
              <input
                type="checkbox"
                checked={item.prepared}
                onChange={(e) => onChange(items.map((old, k) => (k === i ? { ...old, prepared: e.target.checked } : old)))}
              />
              {item.label}
            </label>
          </li>
        ))}
      </ul>
      <div className="rec-inline-form">
        <input aria-label={t('recEvidenceAdd')} placeholder={t('recEvidenceAdd')} value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="button" className="btn" onClick={add}>
          {t('recAdd')}
        </button>
      </div>
    </Section>
  );
}
