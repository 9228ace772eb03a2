import type { SessionBundle } from '../../lib/records/types';

export function syntheticSession(count: number, t0: number, id?: string, url?: string, siteId?: string): SessionBundle;
