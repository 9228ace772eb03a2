import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/records/import/parse';

describe('a file that is not JSON is refused in the person’s words, without the engine’s English message', () => {
  it.each([
    ['{"format":', '这不是完整的 JSON 文件（文件在中途结束），可能不完整或已损坏。', 'this is not a complete JSON file (the file ends part-way through); it may be truncated or damaged.'],
    ['[1,2', '这不是完整的 JSON 文件（文件在中途结束），可能不完整或已损坏。', 'this is not a complete JSON file (the file ends part-way through); it may be truncated or damaged.'],
    ['{\n "a": 1 \n "b": 2}', '这不是完整的 JSON 文件（第 3 行第 2 个字符处），可能不完整或已损坏。', 'this is not a complete JSON file (at line 3, character 2); it may be truncated or damaged.'],
    // Engines that give no position: the sentence without a place, still never the engine's own words.
    ['{"format": x }', '这不是完整的 JSON 文件，可能不完整或已损坏。', 'this is not a complete JSON file; it may be truncated or damaged.'],
  ])('%j', async (text, zh, en) => {
    const r = await parseImport(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-json');
    expect(r.error.message.zh).toBe(zh);
    expect(r.error.message.en).toBe(en);
    expect(`${r.error.message.zh} ${r.error.message.en}`).not.toMatch(/Unexpected|position|token|Expected/);
  });
});
