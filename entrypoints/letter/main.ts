import { db } from '../../lib/db/instance';
import { showLetterPage } from '../../lib/letters/letter-page';
import { uiLang } from '../../lib/ui/i18n';
import { tx } from '../../components/letters/text';

const lang = uiLang();
void showLetterPage(document, location.search, {
  db,
  labels: { print: tx('letterPrint', lang), hint: tx('letterPrintHint', lang), notFound: tx('letterNotFound', lang) },
  // Let the page lay out its fonts before the dialog snapshots it.
  print: () => setTimeout(() => window.print(), 250),
});
