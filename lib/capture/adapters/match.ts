import { hostMatchesDomain } from '../../sites/host-match';
import { classWords } from '../roles';

/** True when the address is on one of `domains` (subdomains included) and its path starts with one of `paths`. */
export function clientAt(domains: readonly string[], paths: readonly (string | RegExp)[] = ['/']): (url: URL) => boolean {
  return (url) =>
    url.protocol === 'https:' &&
    domains.some((d) => hostMatchesDomain(url.hostname, d)) &&
    paths.some((p) => (typeof p === 'string' ? url.pathname.startsWith(p) : p.test(url.pathname)));
}

/** The item's class/id words, camelCase and BEM split, for vendor side rules. */
export function itemWords(item: Element): string {
  return classWords(item);
}

export function hasClass(item: Element, ...names: string[]): boolean {
  return names.some((name) => item.classList.contains(name));
}
