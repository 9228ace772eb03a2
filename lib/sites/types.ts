export type Region = 'CN' | 'US' | 'UK' | 'TEST';

export interface FinanceSite {
  /** Stable id used in stored sessions; never reuse or rename one. */
  id: string;
  kind: 'bank' | 'card-issuer' | 'lending-platform';
  region: Region;
  name: { zh: string; en: string };
  /** Registrable domains; every subdomain is included. */
  domains: string[];
  /** A demo or fixture site that can never exist on the internet (reserved .test TLD). */
  demo?: boolean;
}

export interface ChatVendor {
  /** Stable id; chat adapters refer to it. */
  id: string;
  name: { zh: string; en: string };
  /** Hosts that serve the vendor's chat frames or standalone chat pages; subdomains included. */
  hosts: string[];
}
