import type { DebtProduct, DebtRow, DebtStatus } from '../../lib/debts/types';
import { findSiteById } from '../../lib/sites/registry';
import { t, type Lang, type MessageKey } from '../../lib/ui/i18n';

export const STATUS_LABEL: Record<DebtStatus, MessageKey> = {
  'not-contacted': 'statusNotContacted',
  negotiating: 'statusNegotiating',
  agreed: 'statusAgreed',
  refused: 'statusRefused',
  paying: 'statusPaying',
  'paid-off': 'statusPaidOff',
};

export const PRODUCT_LABEL: Record<DebtProduct, MessageKey> = {
  card: 'productCard',
  loan: 'productLoan',
  'online-lending': 'productOnline',
};

/** The creditor as the panel's language names it: the registry's name for a listed bank, else what was typed. */
export function creditorName(row: Pick<DebtRow, 'siteId' | 'creditorName'>, lang: Lang): string {
  const site = row.siteId ? findSiteById(row.siteId) : undefined;
  return site ? site.name[lang] : row.creditorName;
}

/**
 * The creditor's name, with the kind of debt added when another listed debt has the same name (a bank's card and
 * its loan), so every list, chart and sentence tells them apart.
 */
export function debtLabel(row: Pick<DebtRow, 'id' | 'siteId' | 'creditorName' | 'product'>, rows: readonly Pick<DebtRow, 'id' | 'siteId' | 'creditorName'>[], lang: Lang): string {
  const name = creditorName(row, lang);
  if (!rows.some((o) => o.id !== row.id && creditorName(o, lang) === name)) return name;
  return lang === 'zh' ? `${name}（${t(PRODUCT_LABEL[row.product])}）` : `${name} (${t(PRODUCT_LABEL[row.product])})`;
}

/** One colour per debt, in the order they are listed, for the timeline and its legend. */
const PALETTE = ['#0f766e', '#b45309', '#6d28d9', '#be123c', '#1d4ed8', '#4d7c0f', '#a21caf', '#0e7490'];
export function debtColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
