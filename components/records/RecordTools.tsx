import { useState } from 'react';
import { browser } from 'wxt/browser';
import { resyncReminders } from '../../lib/background/reminders-browser';
import { backupOutputFile } from '../../lib/db/backup';
import { db } from '../../lib/db/instance';
import { loadProfile } from '../../lib/db/profile';
import { loadDebts } from '../../lib/db/debts';
import { loadAllBundles } from '../../lib/db/records-queries';
import { wipeEverything } from '../../lib/db/retention';
import type { ExportFormat } from '../../lib/records/export/documents';
import { t, type Lang } from '../../lib/ui/i18n';
import { downloadFile } from '../../lib/ui/records/download';
import { recordFiles } from '../../lib/ui/records/exports';
import { recordPagePath } from '../../lib/ui/records/record-page';
import { ConfirmButton } from './ConfirmButton';
import { userOffset } from './format';
import { RestoreTool } from './RestoreTool';
import { VerifyTool } from './VerifyTool';

const ARCHIVE_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'csv', label: 'CSV' },
];

/** Everything that acts on all records at once: archive, backup, restore, verify, wipe. */
export function RecordTools({ lang }: { lang: Lang }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ ok: true, text: await work() });
    } catch (err) {
      setMessage({ ok: false, text: t('recActionFailed', err instanceof Error ? err.message : String(err)) });
    }
  };
  const exportAll = (format: ExportFormat) =>
    run(async () => {
      const bundles = await loadAllBundles(db);
      if (bundles.length === 0) return t('recNothingToExport');
      const profile = await loadProfile(db);
      // An archive of every record carries every debt: it is the person's whole picture.
      const debts = await loadDebts(db);
      const files = await recordFiles(format, bundles, { lang, utcOffsetMinutes: userOffset(), ...(profile ? { profile } : {}), debts });
      files.forEach((f) => downloadFile(f));
      return t('recSavedFile', files.map((f) => f.filename).join(', '));
    });

  return (
    <section className="rec-card rec-tools" data-testid="record-tools">
      <header className="rec-card__head">
        <h3 className="rec-card__title">{t('recToolsTitle')}</h3>
      </header>
      <div className="rec-tool">
        <p className="rec-tool__title">{t('recExportAll')}</p>
        <p className="hint">{t('recExportAllHint')}</p>
        <div className="rec-export-row">
          {ARCHIVE_FORMATS.map(({ format, label }) => (
            <button key={format} type="button" className="btn" data-testid={`export-all-${format}`} onClick={() => void exportAll(format)}>
              {label}
            </button>
          ))}
          <button
            type="button"
            className="btn"
            onClick={() => window.open(browser.runtime.getURL('/record.html') + recordPagePath({ ids: [], lang, print: true }).slice('/record.html'.length), '_blank', 'noopener')}
          >
            {t('recPrintAll')}
          </button>
        </div>
      </div>
      <div className="rec-tool">
        <p className="rec-tool__title">{t('recBackupTitle')}</p>
        <p className="hint">{t('recBackupHint')}</p>
        <button
          type="button"
          className="btn"
          data-testid="backup"
          onClick={() =>
            void run(async () => {
              const file = await backupOutputFile(db, { utcOffsetMinutes: userOffset() });
              downloadFile(file);
              return t('recSavedFile', file.filename);
            })
          }
        >
          {t('recBackupButton')}
        </button>
      </div>
      {message ? (
        <p className={message.ok ? 'rec-ok' : 'rec-error'} role="status">
          {message.text}
        </p>
      ) : null}
      <RestoreTool lang={lang} />
      <VerifyTool lang={lang} />
      <div className="rec-tool rec-danger">
        <p className="rec-tool__title">{t('recWipeTitle')}</p>
        <p className="hint">{t('recWipeHint')}</p>
        <ConfirmButton
          testId="wipe"
          label={t('recWipeButton')}
          question={t('recWipeQuestion')}
          confirmLabel={t('recWipeConfirm')}
          onConfirm={() =>
            run(async () => {
              await wipeEverything(db);
              await resyncReminders(db);
              return t('recWiped');
            })
          }
        />
      </div>
    </section>
  );
}
