import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/capture/adapters';
import { FINANCE_SITES } from '../../lib/sites/registry';

/**
 * The fixtures are the contract the browser test checks: every adapter must have a fixture page, every fixture page
 * an expected transcript next to it, and every expected transcript a page and a conversation script.
 */
const SITE = join(__dirname, '../../e2e/site');

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_kit') walk(path, found);
    } else found.push(path);
  }
  return found;
}

interface Expected {
  name: string;
  page: string;
  script?: string;
  vendor?: string;
  site?: string;
  negative?: boolean;
  messages: Array<{ role: string; text: string }>;
}

const files = walk(SITE);
const fixturePages = files
  .map((path) => ({ path, name: /<meta name="parley-fixture" content="([^"]+)">/.exec(readFileSync(path, 'utf8'))?.[1] }))
  .filter((p): p is { path: string; name: string } => p.name !== undefined);
const expectations = files.filter((f) => f.endsWith('/expected.json')).map((path) => ({ path, data: JSON.parse(readFileSync(path, 'utf8')) as Expected }));

describe('fixture coverage', () => {
  it('has at least 18 positive fixtures and 5 negative ones', () => {
    expect(expectations.filter((e) => !e.data.negative).length).toBeGreaterThanOrEqual(18);
    expect(expectations.filter((e) => e.data.negative).length).toBeGreaterThanOrEqual(5);
  });

  it.each(ADAPTERS.map((a) => a.id))('adapter %s has a positive fixture', (id) => {
    expect(expectations.filter((e) => !e.data.negative && e.data.vendor === id).map((e) => e.data.name)).not.toEqual([]);
  });

  it('has an in-house (generic) fixture in Chinese and one in English', () => {
    const generic = expectations.filter((e) => e.data.vendor === 'generic').map((e) => e.data.messages.map((m) => m.text).join(''));
    expect(generic.some((t) => /[\u4e00-\u9fa5]/.test(t))).toBe(true);
    expect(generic.some((t) => !/[\u4e00-\u9fa5]/.test(t))).toBe(true);
  });

  it.each(fixturePages.map((p) => [p.name, p.path] as const))('fixture page %s has its expected transcript beside it', (name, path) => {
    const expected = join(dirname(path), 'expected.json');
    expect(existsSync(expected), expected).toBe(true);
    expect((JSON.parse(readFileSync(expected, 'utf8')) as Expected).name).toBe(name);
  });

  it.each(expectations.map((e) => [e.data.name, e] as const))('expected transcript %s is complete', (_name, { path, data }) => {
    expect(fixturePages.some((p) => p.name === data.name && dirname(p.path) === dirname(path)), 'a fixture page beside it').toBe(true);
    expect(Array.isArray(data.messages)).toBe(true);
    expect(new URL(data.page).protocol).toBe('https:');
    if (data.script) expect(existsSync(join(SITE, '_kit/scripts', `${data.script}.js`)), data.script).toBe(true);
    if (data.negative) {
      expect(data.messages).toEqual([]);
      return;
    }
    expect(data.messages.length).toBeGreaterThan(0);
    expect(FINANCE_SITES.map((s) => s.id)).toContain(data.site);
    expect(['generic', ...ADAPTERS.map((a) => a.id)]).toContain(data.vendor);
    for (const m of data.messages) expect(['customer', 'agent', 'bot', 'system']).toContain(m.role);
  });
});
