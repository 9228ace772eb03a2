import { useState, type ReactNode } from 'react';
import { t } from '../../lib/ui/i18n';

/** Destructive actions take two clicks: the first only asks, with the consequence spelled out. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  testId,
}: {
  label: ReactNode;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  testId?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn btn--danger" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="rec-confirm" role="alertdialog" aria-label={question}>
      <p className="rec-confirm__question">{question}</p>
      <div className="rec-confirm__actions">
        <button
          type="button"
          className="btn rec-btn--danger-solid"
          data-testid={testId ? `${testId}-confirm` : undefined}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => setAsking(false)}>
          {t('recCancel')}
        </button>
      </div>
    </div>
  );
}
