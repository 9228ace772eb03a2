import { useState } from 'react';
import { mergeAgents } from '../../lib/records/extract/agents';
import type { AgentRef } from '../../lib/records/types';
import { t } from '../../lib/ui/i18n';
import { Section } from './Section';

export function AgentsSection({ agents, onChange }: { agents: readonly AgentRef[]; onChange: (agents: AgentRef[]) => void }) {
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const add = () => {
    const a: AgentRef = {};
    if (name.trim()) a.name = name.trim();
    if (id.trim()) a.id = id.trim();
    if (!a.name && !a.id) return;
    onChange(mergeAgents([...agents, a]));
    setName('');
    setId('');
  };
  return (
    <Section title={t('recAgentsTitle')} testId="agents">
      {agents.length === 0 ? <p className="hint">{t('recAgentsEmpty')}</p> : null}
      <ul className="rec-items">
        {agents.map((a, i) => (
          <li key={`${a.name ?? ''}|${a.id ?? ''}|${i}`} className="rec-item" data-testid="agent">
            <span className="rec-item__main">{a.name ?? t('unknownAgent')}</span>
            {a.id ? <span className="rec-chip">{t('recAgentIdShort', a.id)}</span> : null}
            <button type="button" className="rec-remove" aria-label={t('recRemove')} onClick={() => onChange(agents.filter((_, k) => k !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="rec-inline-form">
        <input aria-label={t('recAgentName')} placeholder={t('recAgentName')} value={name} onChange={(e) => setName(e.target.value)} />
        <input aria-label={t('recAgentId')} placeholder={t('recAgentId')} value={id} onChange={(e) => setId(e.target.value)} className="rec-inline-form__short" />
        <button type="button" className="btn" onClick={add}>
          {t('recAdd')}
        </button>
      </div>
    </Section>
  );
}
