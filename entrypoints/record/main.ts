import { db } from '../../lib/db/instance';
import { localOffsetAt } from '../../lib/records/time';
import { t } from '../../lib/ui/i18n';
import { showPrintableRecord } from '../../lib/ui/records/printable-page';

void showPrintableRecord(document, location.search, {
  db,
  labels: { print: t('recPrint'), hint: t('recPrintHint'), notFound: t('recNotFound') },
  utcOffsetMinutes: localOffsetAt(Date.now()),
  // Let the page lay out its fonts before the dialog snapshots it.
  print: () => setTimeout(() => window.print(), 250),
});
