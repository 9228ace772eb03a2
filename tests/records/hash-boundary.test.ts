/**
 * Hashing is records-side: the content script runs inside every bank page and must not carry SHA-256 (or grow by
 * it). Walks the content script's static import graph from source, so the check needs no build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) => /\.tsx?$/.test(c) && existsSync(c));
}

/** Every local file and every package the entry reaches through static or dynamic imports. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) todo.push(next);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the content script does not carry hashing', () => {
  const content = importGraph(resolve(ROOT, 'entrypoints/content.ts'));

  it('the walker sees the content script reach its capture code (so an empty result cannot pass)', () => {
    expect([...content.files].some((f) => f.includes('/lib/capture/'))).toBe(true);
    expect(content.files.size).toBeGreaterThan(10);
  });

  it('reaches neither the hash module nor @noble/hashes', () => {
    expect([...content.files].filter((f) => f.includes('/lib/records/integrity/'))).toEqual([]);
    expect([...content.packages].filter((p) => p.startsWith('@noble/'))).toEqual([]);
  });

  it('the records side does reach it (the check would see it if it leaked)', () => {
    const records = importGraph(resolve(ROOT, 'lib/records/export/json.ts'));
    expect([...records.files].some((f) => f.endsWith('/lib/records/integrity/hash.ts'))).toBe(true);
    expect(records.packages.has('@noble/hashes/sha2.js')).toBe(true);
  });
});
