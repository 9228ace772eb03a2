import type { ChatVendor, FinanceSite } from './types';

/**
 * Hosts that exist only for the demo and the browser tests. Reserved .test names (RFC 6761) never resolve on the
 * internet, yet a store build still must not ask for them: a permission that serves no user is one a reviewer (or a
 * user reading the install prompt) rightly questions. They enter the registry only in a build made with
 * `--mode test` (see build-flags.ts).
 */
export const TEST_FINANCE_SITES: readonly FinanceSite[] = [
  { id: 'demobank', kind: 'bank', region: 'TEST', name: { zh: '示范银行', en: 'Demo Bank' }, domains: ['demobank.test'], demo: true },
];

export const TEST_CHAT_VENDORS: readonly ChatVendor[] = [
  // A vendor host of our own, for cross-origin vendor frames in the browser tests.
  { id: 'demo-vendor', name: { zh: '示范客服厂商', en: 'Demo chat vendor' }, hosts: ['chatvendor.test'] },
];
