/**
 * The fifth red flag: a page that presents itself as a bank (by its title, or by naming the bank beside login or
 * card-service wording) on a host that is not one of that bank's domains. The bank list is passed in so the lead
 * can wire the real registry (lib/sites) without this module depending on it.
 */

export interface BankIdentity {
  id: string;
  /** Display names in any language ("招商银行", "China Merchants Bank"). */
  names: readonly string[];
  /** Registrable domains; every subdomain is included. */
  domains: readonly string[];
}

export interface PageIdentity {
  pageHost: string;
  pageTitle?: string;
  pageText?: string;
}

export interface DomainRedFlag {
  id: 'lookalike-domain';
  bankId: string;
  /** The name as the page used it. */
  claimedName: string;
  host: string;
  source: 'title' | 'text';
}

/** Wording that makes a bank name on a page a claim to *be* the bank rather than a mention of it. */
const SERVICE_CUE = /登录|登陆|网银|网上银行|手机银行|信用卡|客服|还款|协商|验证|log ?in|sign ?in|online banking|customer service|credit card|verify|account/i;
const TEXT_LIMIT = 5000;

export function normalizeHost(input: string): string {
  let h = input.trim().toLowerCase();
  h = h.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  h = h.replace(/[/?#].*$/, '');
  h = h.replace(/^[^@]*@/, '');
  h = h.replace(/:\d+$/, '');
  return h.replace(/\.+$/, '');
}

export function hostBelongsTo(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => {
    const dom = normalizeHost(d);
    return dom !== '' && (host === dom || host.endsWith(`.${dom}`));
  });
}

interface NameHit {
  bank: BankIdentity;
  name: string;
  start: number;
  end: number;
}

function isLatin(name: string): boolean {
  return /^[\x20-\x7e]+$/.test(name);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Bank names in `text`, longest first so "Agricultural Bank of China" is not also read as "Bank of China". */
function findNames(text: string, banks: readonly BankIdentity[]): NameHit[] {
  const hay = text.normalize('NFKC');
  const hits: NameHit[] = [];
  for (const bank of banks) {
    for (const raw of bank.names) {
      const name = raw.normalize('NFKC').trim();
      if (name.length < 2 || (isLatin(name) && name.length < 3)) continue;
      const re = isLatin(name) ? new RegExp(`(?<![a-z0-9])${escapeRe(name)}(?![a-z0-9])`, 'gi') : new RegExp(escapeRe(name), 'g');
      for (let m = re.exec(hay); m; m = re.exec(hay)) hits.push({ bank, name: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export function domainRedFlag(page: PageIdentity, banks: readonly BankIdentity[]): DomainRedFlag | null {
  const host = normalizeHost(page.pageHost ?? '');
  if (host === '' || banks.some((b) => hostBelongsTo(host, b.domains))) return null;
  const sources: Array<['title' | 'text', string | undefined]> = [
    ['title', page.pageTitle],
    ['text', page.pageText?.slice(0, TEXT_LIMIT)],
  ];
  for (const [source, text] of sources) {
    if (!text) continue;
    if (source === 'text' && !SERVICE_CUE.test(text)) continue;
    const hit = findNames(text, banks)[0];
    if (hit) return { id: 'lookalike-domain', bankId: hit.bank.id, claimedName: hit.name, host, source };
  }
  return null;
}
