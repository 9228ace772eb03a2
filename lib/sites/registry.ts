import { FINANCE_SITES as STORE_FINANCE_SITES } from './banks';
import { TEST_SITES_ENABLED } from './build-flags';
import { TEST_CHAT_VENDORS, TEST_FINANCE_SITES } from './test-sites';
import { CHAT_VENDORS as STORE_CHAT_VENDORS } from './vendors';
import { hostMatchesDomain } from './host-match';
import type { ChatVendor, FinanceSite } from './types';

export type { ChatVendor, FinanceSite };
export { hostMatchesDomain };

/** The registry a build carries: the store's sites, plus the demo and fixture hosts in a test build only. */
export function registryFor(testBuild: boolean): { sites: readonly FinanceSite[]; vendors: readonly ChatVendor[] } {
  return testBuild
    ? { sites: [...STORE_FINANCE_SITES, ...TEST_FINANCE_SITES], vendors: [...STORE_CHAT_VENDORS, ...TEST_CHAT_VENDORS] }
    : { sites: STORE_FINANCE_SITES, vendors: STORE_CHAT_VENDORS };
}

const ACTIVE = registryFor(TEST_SITES_ENABLED);
export const FINANCE_SITES: readonly FinanceSite[] = ACTIVE.sites;
export const CHAT_VENDORS: readonly ChatVendor[] = ACTIVE.vendors;

export function findFinanceSite(host: string, sites: readonly FinanceSite[] = FINANCE_SITES): FinanceSite | undefined {
  return sites.find((site) => site.domains.some((domain) => hostMatchesDomain(host, domain)));
}

export function findChatVendor(host: string, vendors: readonly ChatVendor[] = CHAT_VENDORS): ChatVendor | undefined {
  return vendors.find((vendor) => vendor.hosts.some((domain) => hostMatchesDomain(host, domain)));
}

export function findSiteById(id: string, sites: readonly FinanceSite[] = FINANCE_SITES): FinanceSite | undefined {
  return sites.find((site) => site.id === id);
}

function patternsFor(domain: string): string[] {
  // "*://*.x/*" does not match the bare domain in every browser, so both forms are listed.
  return [`https://${domain}/*`, `https://*.${domain}/*`];
}

/** Drops domains that another listed domain already covers (cschannel.alipay.com under alipay.com). */
function withoutCovered(domains: readonly string[]): string[] {
  const unique = [...new Set(domains.map((d) => d.toLowerCase()))];
  return unique.filter((d) => !unique.some((other) => other !== d && hostMatchesDomain(d, other)));
}

/**
 * The manifest's content-script matches and host permissions, generated from the registry so the two can never
 * drift apart. HTTPS only: a bank chat served over plain HTTP is not one Parley should trust.
 */
export function manifestMatchPatterns(
  sites: readonly FinanceSite[] = FINANCE_SITES,
  vendors: readonly ChatVendor[] = CHAT_VENDORS,
): string[] {
  return withoutCovered([...sites.flatMap((s) => s.domains), ...vendors.flatMap((v) => v.hosts)]).flatMap(patternsFor);
}
