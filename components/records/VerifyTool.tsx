import { useState } from 'react';
import { verifyExport, type VerifyResult } from '../../lib/records/integrity/verify-export';
import type { TamperKind } from '../../lib/records/integrity/verify';
import { t, type Lang, type MessageKey } from '../../lib/ui/i18n';
import { timed, VERIFY_MEASURE } from '../../lib/ui/records/timing';
import { FilePicker } from './FilePicker';

const KIND: Record<TamperKind, MessageKey> = {
  changed: 'recTamperChanged',
  added: 'recTamperAdded',
  removed: 'recTamperRemoved',
  reordered: 'recTamperReordered',
  'header-changed': 'recTamperHeader',
  'digest-mismatch': 'recTamperDigest',
  'annotations-changed': 'recTamperAnnotations',
  'manifest-mismatch': 'recTamperManifest',
  unsealed: 'recTamperUnsealed',
  'noted-digest-mismatch': 'recTamperNoted',
};

const SHOWN = 20;

function Result({ result, name, lang }: { result: VerifyResult; name: string; lang: Lang }) {
  if (!result.valid) {
    return (
      <div className="rec-result rec-result--bad" role="alert" data-testid="verify-result" data-ok="false">
        <p className="rec-result__title">{t('recVerifyUnreadable', name)}</p>
        <p>{result.error.message[lang]}</p>
      </div>
    );
  }
  const messages = result.sessions.reduce((n, s) => n + s.messageCount, 0);
  if (result.ok) {
    return (
      <div className="rec-result rec-result--ok" role="status" data-testid="verify-result" data-ok="true">
        <p className="rec-result__title">{t('recVerifyOk')}</p>
        <p>{t('recVerifyOkDetail', [name, String(result.sessions.length), String(messages)])}</p>
        {result.noted.length > 0 ? <p>{t('recVerifyNotedOk', String(result.noted.length))}</p> : null}
        <p className="rec-mono rec-result__digest">{result.archiveDigest}</p>
      </div>
    );
  }
  return (
    <div className="rec-result rec-result--bad" role="alert" data-testid="verify-result" data-ok="false">
      <p className="rec-result__title">{t('recVerifyChanged', [name, String(result.problems.length)])}</p>
      <ul className="rec-problems">
        {result.problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-testid="verify-problem" data-kind={p.kind}>
            <span className="rec-chip rec-chip--bad">{t(KIND[p.kind])}</span> {p.message[lang]}
          </li>
        ))}
      </ul>
      {result.problems.length > SHOWN ? <p className="hint">{t('recVerifyMore', String(result.problems.length - SHOWN))}</p> : null}
    </div>
  );
}

/** The check, with plain words next to it about what a pass does and does not prove (lib/records/TAMPER-EVIDENCE.md). */
export function VerifyTool({ lang }: { lang: Lang }) {
  const [noted, setNoted] = useState('');
  const [outcome, setOutcome] = useState<{ result: VerifyResult; name: string } | undefined>();
  return (
    <div className="rec-tool" data-testid="verify-tool">
      <p className="rec-tool__title">{t('recVerifyTitle')}</p>
      <p className="hint">{t('recVerifyHint')}</p>
      <div className="rec-inline-form">
        <input aria-label={t('recVerifyNoted')} placeholder={t('recVerifyNoted')} value={noted} onChange={(e) => setNoted(e.target.value)} className="rec-mono" />
        <FilePicker
          label={t('recVerifyChoose')}
          testId="verify-file"
          onText={async (text, name) => {
            const notedDigests = noted.trim() ? [noted] : [];
            setOutcome({ result: await timed(VERIFY_MEASURE, () => verifyExport(text, { notedDigests })), name });
          }}
        />
      </div>
      {outcome ? <Result result={outcome.result} name={outcome.name} lang={lang} /> : null}
      <details className="rec-details rec-proof" data-testid="verify-explainer">
        <summary>{t('recProofTitle')}</summary>
        <p className="rec-proof__head">{t('recProofYesTitle')}</p>
        <ul>
          <li>{t('recProofYes1')}</li>
          <li>{t('recProofYes2')}</li>
        </ul>
        <p className="rec-proof__head">{t('recProofNoTitle')}</p>
        <ul>
          <li>{t('recProofNo1')}</li>
          <li>{t('recProofNo2')}</li>
          <li>{t('recProofNo3')}</li>
          <li>{t('recProofNo4')}</li>
        </ul>
      </details>
    </div>
  );
}
