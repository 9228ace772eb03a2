import './letters.css';
import { PREPARE, PREPARE_KEY } from '../../lib/db/settings';
import type { Profile } from '../../lib/db/database';
import type { Hardship } from '../../lib/letters/types';
import { HARDSHIPS } from '../../lib/phrasing/types';
import { beforeContact, EMPTY_PREPARE, itemsFor, type PrepareItemState, type PrepareState } from '../../lib/prepare/index';
import type { Lang } from '../../lib/ui/i18n';
import { HARDSHIP_NAMES } from './hardship-names';
import { tx } from './text';
import { useStoredState } from './use-setting';

/** What to have ready before contacting the bank, by hardship and country, and what to know before the first word. */
export function PrepareSection({ profile, lang }: { profile: Profile | undefined; lang: Lang }) {
  const [stored, setState] = useStoredState(PREPARE_KEY, PREPARE);
  const state: PrepareState = stored ?? EMPTY_PREPARE;
  const country = state.country ?? profile?.debt.market ?? (lang === 'zh' ? 'CN' : 'US');
  const hardship = (state.hardship ?? profile?.hardship) as Hardship | undefined;
  const items = itemsFor(hardship, country);
  const byId = new Map(state.items.map((i) => [i.id, i]));
  const steps = beforeContact(profile?.debt, profile?.budget, lang);
  const stepsDone = new Set(state.steps ?? []);

  const patchItem = (id: string, patch: Partial<PrepareItemState>) => {
    const old = byId.get(id) ?? { id, ticked: false };
    const next: PrepareItemState = { ...old, ...patch };
    if (patch.ticked) next.tickedAt = Date.now();
    for (const k of ['note', 'where'] as const) if (next[k] !== undefined && next[k]!.trim() === '') delete next[k];
    setState({ ...state, items: [...state.items.filter((i) => i.id !== id), next] });
  };
  const ready = items.filter((i) => byId.get(i.id)?.ticked).length;

  return (
    <section className="letters-card" data-testid="prepare">
      <h2>{tx('prepareTitle', lang)}</h2>
      <p className="hint">{tx('prepareHint', lang)}</p>
      <h3>{tx('beforeTitle', lang)}</h3>
      <ul className="letters-steps">
        {steps.map((s) => (
          <li key={s.id}>
            <label className="rec-check">
              <input
                type="checkbox"
                checked={stepsDone.has(s.id)}
                onChange={(e) => setState({ ...state, steps: e.target.checked ? [...stepsDone, s.id] : [...stepsDone].filter((x) => x !== s.id) })}
              />
              <span>{s.text}</span>
            </label>
          </li>
        ))}
      </ul>
      <h3>
        {tx('papersTitle', lang)} <span className="rec-count">{`${ready}/${items.length}`}</span>
      </h3>
      <div className="letters-row">
        <label className="field">
          <span>{tx('hardshipLabel', lang)}</span>
          <select data-testid="prepare-hardship" value={hardship ?? ''} onChange={(e) => setState({ ...state, hardship: e.target.value || undefined })}>
            <option value="">{tx('hardshipUnset', lang)}</option>
            {[...HARDSHIPS, 'other' as const].map((id) => (
              <option key={id} value={id}>
                {HARDSHIP_NAMES[id][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{tx('countryLabel', lang)}</span>
          <select data-testid="prepare-country" value={country} onChange={(e) => setState({ ...state, country: e.target.value as PrepareState['country'] })}>
            <option value="CN">{tx('countryCN', lang)}</option>
            <option value="US">{tx('countryUS', lang)}</option>
            <option value="UK">{tx('countryUK', lang)}</option>
          </select>
        </label>
      </div>
      <ul className="letters-papers">
        {items.map((item) => {
          const s = byId.get(item.id);
          return (
            <li key={item.id} data-testid="prepare-item" data-id={item.id}>
              <label className="rec-check">
                <input type="checkbox" checked={s?.ticked ?? false} onChange={(e) => patchItem(item.id, { ticked: e.target.checked })} />
                <span>{item.label[lang]}</span>
              </label>
              <p className="hint">{item.why[lang]}</p>
              <details className="letters-more">
                <summary>{s?.note || s?.where ? `${tx('noteWhere', lang)} ✓` : tx('noteWhere', lang)}</summary>
                <label className="field">
                  <span>{tx('whereLabel', lang)}</span>
                  <input value={s?.where ?? ''} placeholder={tx('wherePlaceholder', lang)} onChange={(e) => patchItem(item.id, { where: e.target.value })} />
                </label>
                <label className="field">
                  <span>{tx('noteLabel', lang)}</span>
                  <input value={s?.note ?? ''} onChange={(e) => patchItem(item.id, { note: e.target.value })} />
                </label>
              </details>
            </li>
          );
        })}
      </ul>
      <p className="hint">{tx('papersFeed', lang)}</p>
    </section>
  );
}
