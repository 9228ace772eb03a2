import { useState } from 'react';
import { resyncReminders } from '../../lib/background/reminders-browser';
import { restoreFile, type RestoreResult } from '../../lib/db/backup';
import { db } from '../../lib/db/instance';
import { t, type Lang } from '../../lib/ui/i18n';
import { FilePicker } from './FilePicker';

/** The first few keys, shortened: a crafted file can hold thousands of long ones. */
function leftOutList(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
  return keys.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

function Outcome({ result, name, lang }: { result: RestoreResult; name: string; lang: Lang }) {
  if (!result.ok) {
    return (
      <div className="rec-result rec-result--bad" role="alert" data-testid="restore-result" data-ok="false">
        <p className="rec-result__title">{t('recRestoreRefused', name)}</p>
        <p>{result.error.message[lang]}</p>
        <p className="hint">{t('recRestoreNothingChanged')}</p>
      </div>
    );
  }
  const a = result.added;
  return (
    <div className="rec-result rec-result--ok" role="status" data-testid="restore-result" data-ok="true">
      <p className="rec-result__title">{t(result.kind === 'backup' ? 'recRestoredBackup' : 'recImportedExport', name)}</p>
      <p>{t('recRestoreCounts', [String(a.sessions), String(a.messages), String(a.followUps)])}</p>
      {result.kind === 'backup' ? <p>{t('recRestoreOtherCounts', [String(a.userPhrases + a.profile + a.settings)])}</p> : null}
      {a.debts > 0 ? <p>{t('recRestoreDebts', String(a.debts))}</p> : null}
      {result.skipped.sessions + result.skipped.messages > 0 ? <p className="hint">{t('recRestoreSkipped')}</p> : null}
      {result.settingsLeftOut.length > 0 ? (
        <p className="hint" data-testid="restore-settings-left-out">
          {t('recRestoreSettingsLeftOut', [String(result.settingsLeftOut.length), leftOutList(result.settingsLeftOut)])}
        </p>
      ) : null}
      {result.conflicts > 0 ? <p className="hint">{t('recRestoreConflicts', String(result.conflicts))}</p> : null}
      {result.warnings.length > 0 ? (
        <div className="rec-warn">
          <p>{t('recRestoreIntegrity', String(result.warnings.length))}</p>
          <p>{result.warnings[0]!.message[lang]}</p>
        </div>
      ) : null}
    </div>
  );
}

/** One button for both a full backup and a record export: the file says which it is, and is checked before anything is written. */
export function RestoreTool({ lang }: { lang: Lang }) {
  const [outcome, setOutcome] = useState<{ result: RestoreResult; name: string } | undefined>();
  const [busy, setBusy] = useState(false);
  // Off by default, and not remembered: restoring settings is a choice made for one file at a time.
  const [restoreSettings, setRestoreSettings] = useState(false);
  return (
    <div className="rec-tool" data-testid="restore-tool">
      <p className="rec-tool__title">{t('recRestoreTitle')}</p>
      <p className="hint">{t('recRestoreHint')}</p>
      <label className="rec-check">
        <input type="checkbox" data-testid="restore-settings" checked={restoreSettings} onChange={(e) => setRestoreSettings(e.target.checked)} />
        {t('recRestoreSettings')}
      </label>
      <p className="hint" data-testid="restore-settings-hint">{t('recRestoreSettingsHint')}</p>
      <FilePicker
        label={busy ? t('recWorking') : t('recRestoreChoose')}
        testId="restore-file"
        onText={async (text, name) => {
          setBusy(true);
          try {
            const result = await restoreFile(db, text, { restoreSettings });
            if (result.ok) await resyncReminders(db);
            setOutcome({ result, name });
          } finally {
            setBusy(false);
          }
        }}
      />
      {outcome ? <Outcome result={outcome.result} name={outcome.name} lang={lang} /> : null}
    </div>
  );
}
