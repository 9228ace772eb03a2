/**
 * True when `host` is `domain` itself or one of its subdomains (never a look-alike such as evilcmbchina.com).
 * Kept apart from the registry so the content script can match hosts without carrying the registry's data.
 */
export function hostMatchesDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}
