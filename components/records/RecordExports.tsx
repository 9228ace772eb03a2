import { useState } from 'react';
import { t } from '../../lib/ui/i18n';
import type { ExportFormat } from '../../lib/records/export/documents';

export type ExportChoice = ExportFormat | 'ics';

const FORMATS: { format: ExportChoice; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'csv', label: 'CSV' },
  { format: 'ics', label: '.ics' },
];

/**
 * Saving one record. JSON is the complete, verifiable copy; the digest shown after it is the number worth noting or
 * sending to oneself, because that is what later proves the file unchanged (see the verify tool).
 */
export function RecordExports({
  onExport,
  onPrint,
  icsAvailable,
}: {
  onExport: (format: ExportChoice) => Promise<string | undefined>;
  onPrint: () => void;
  icsAvailable: boolean;
}) {
  const [digest, setDigest] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <section className="rec-card" data-testid="exports">
      <header className="rec-card__head">
        <h3 className="rec-card__title">{t('recExportTitle')}</h3>
      </header>
      <button type="button" className="btn btn--primary rec-print" data-testid="print" onClick={onPrint}>
        {t('recPrint')}
      </button>
      <div className="rec-export-row">
        {FORMATS.filter((f) => f.format !== 'ics' || icsAvailable).map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="btn"
            data-testid={`export-${format}`}
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                const d = await onExport(format);
                if (d) setDigest(d);
              } finally {
                setBusy(false);
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {digest ? (
        <div className="rec-digest" data-testid="digest">
          <p className="rec-digest__label">{t('recDigestLabel')}</p>
          <code className="rec-digest__value">{digest.replace(/(.{8})/g, '$1 ').trim()}</code>
          <p className="hint">{t('recDigestHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
