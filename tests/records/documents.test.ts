// @vitest-environment jsdom
// jsdom's DOMParser parses the exported HTML the way a browser would, without running anything in it.
import { describe, expect, it } from 'vitest';
import { exportCsv, exportFiles, exportHtml, exportMarkdown } from '../../lib/records/export/documents';
import { csvCell, escapeHtml, escapeMarkdown } from '../../lib/records/export/escape';
import { formatMoney, formatRate } from '../../lib/records/export/labels';
import type { SessionBundle } from '../../lib/records/types';
import { cmbBundle, HOSTILE, plainBundle } from './fixtures';

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Put hostile text in every free-text field a record has. */
function hostileBundle(): SessionBundle {
  const b = cmbBundle();
  const s = b.session;
  Object.assign(s, { title: HOSTILE, bankName: HOSTILE, url: `javascript:alert(1)//${HOSTILE}`, agentName: HOSTILE, notes: HOSTILE });
  s.agents = [{ name: HOSTILE, id: HOSTILE }];
  s.references = [{ kind: 'case', value: HOSTILE, confirmed: true }];
  s.datesMentioned = [{ date: '2026-11-25', text: HOSTILE, relative: true }];
  s.evidence = [{ id: 'x', label: HOSTILE, prepared: false }];
  b.messages = b.messages.map((m) => ({ ...m, text: HOSTILE, author: HOSTILE, shownTime: HOSTILE }));
  b.followUps = b.followUps!.map((f) => ({ ...f, title: HOSTILE }));
  b.schedule = [{ period: 1, total: 165_000, principal: 150_000, fee: 15_000, interest: 0, dueDate: '2026-12-25' }];
  return b;
}

describe('printable HTML', () => {
  it('escapes all record text: hostile strings render as text, never as elements', async () => {
    const [file] = await exportHtml([hostileBundle()], opts);
    expect(file!.mime).toBe('text/html;charset=utf-8');
    expect(file!.content).not.toMatch(/<img|<script>|onerror=alert\(1\)>/);
    const doc = parse(file!.content);
    expect(doc.querySelectorAll('img, script, iframe, a[href]').length).toBe(0);
    expect(doc.querySelectorAll('[onerror]').length).toBe(0);
    // The hostile text is still shown, verbatim, as text.
    const cells = Array.from(doc.querySelectorAll('td.text')).map((td) => td.firstChild?.textContent);
    expect(cells).toContain(HOSTILE);
    expect(doc.body.textContent).toContain(`javascript:alert(1)//${HOSTILE}`);
  });

  it('is an A4 print document with a CSP that allows no script', async () => {
    const [file] = await exportHtml([cmbBundle()], opts);
    const doc = parse(file!.content);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toContain('size: A4');
    expect(css).toContain('@media print');
    expect(doc.documentElement.lang).toBe('zh-CN');
  });

  it('shows parties, times, agreed terms, the schedule, the digest and how to verify', async () => {
    const b = cmbBundle();
    b.schedule = [
      { period: 1, total: 177_000, principal: 150_000, fee: 27_000, interest: 0, dueDate: '2026-12-25' },
      { period: 2, total: 177_000, principal: 150_000, fee: 27_000, interest: 0, dueDate: '2027-01-25' },
    ];
    const [file] = await exportHtml([b], { ...opts, lang: 'en', utcOffsetMinutes: 480 });
    const doc = parse(file!.content);
    const text = doc.body.textContent!;
    expect(text).toContain('Bank staff: 小王, Staff ID 8823');
    // A printed record's times are local, with the zone named, not UTC ISO.
    expect(text).toContain('2026-11-23 14:00 (UTC+08:00)');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(text).toContain('Not yet confirmed by the bank');
    expect(text).toContain('¥36,000.00');
    expect(text).toContain('0.75%');
    const rows = Array.from(doc.querySelectorAll('table')).find((t) => t.textContent!.includes('Principal') && t.querySelector('thead'))!;
    expect(Array.from(rows.querySelectorAll('tbody tr')).map((r) => r.textContent)).toEqual([
      '12026-12-25¥1,770.00¥1,500.00¥270.00¥0.00',
      '22027-01-25¥1,770.00¥1,500.00¥270.00¥0.00',
    ]);
    expect(text).toMatch(/[0-9a-f]{64}/);
    expect(text).toContain('does not show that the bank said these words');
    expect(text).not.toMatch(/guarantee/i);
  });

  it('one document for all sessions, or one per session', async () => {
    const combined = await exportHtml([cmbBundle(), plainBundle()], opts);
    expect(combined).toHaveLength(1);
    expect(combined[0]!.filename).toBe('parley_2026-11-23_all_2-sessions.html');
    expect(parse(combined[0]!.content).querySelectorAll('section.record')).toHaveLength(2);
    const split = await exportHtml([cmbBundle(), plainBundle()], { ...opts, combine: false });
    expect(split.map((f) => f.filename)).toEqual([expect.stringMatching(/^parley_2026-11-23_cmb_/), expect.stringMatching(/^parley_2026-11-24_examplebank_/)]);
  });
});

describe('Markdown', () => {
  it('escapes markup so a renderer shows the hostile text literally', async () => {
    const [file] = await exportMarkdown([hostileBundle()], opts);
    expect(file!.filename).toMatch(/\.md$/);
    // Every '<' and '&' is backslash-escaped, so CommonMark can neither open a tag nor decode an entity.
    expect(file!.content).not.toMatch(/(?<!\\)[<&]/);
    expect(file!.content).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });

  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['> quote', '\\> quote'],
    ['[link](javascript:x)', '\\[link\\]\\(javascript:x\\)'],
    ['a | b', 'a \\| b'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['&amp;', '\\&amp;'],
    ['普通中文，没有标记。', '普通中文，没有标记。'],
    ['-5 元', '-5 元'],
    ['0.75%', '0.75%'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['+ plus', '\\+ plus'],
  ])('escapeMarkdown(%j) = %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });

  it('contains the transcript in order with times and the digest', async () => {
    const [file] = await exportMarkdown([cmbBundle()], { ...opts, lang: 'en', utcOffsetMinutes: -300 });
    const md = file!.content;
    // Local times with the zone named (Markdown escapes the brackets).
    const first = md.indexOf('#0 · 2026-11-23 01:00 \\(UTC-05:00\\)');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(md.indexOf('#9 · 2026-11-23 01:09 \\(UTC-05:00\\)'));
    expect(md).toMatch(/`[0-9a-f]{64}`/);
    expect(md).toContain('## Agreed terms');
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['=1+1', "'=1+1"],
    ['+861234', "'+861234"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['', ''],
  ])('csvCell(%j) = %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('numbers and missing values are written as they are', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a BOM, a header, CRLF records and one row per message', async () => {
    const [file] = await exportCsv([cmbBundle(), plainBundle()], opts);
    const c = file!.content;
    expect(c.startsWith('\uFEFFsession_id,bank,channel,')).toBe(true);
    expect(c.endsWith('\r\n')).toBe(true);
    // Each record ends with CRLF; the quoted multi-line cell keeps its own bare LF.
    const records = c.slice(1).split('\r\n').filter(Boolean);
    expect(records).toHaveLength(1 + 13);
    expect(c).toContain(`"'=HYPERLINK(""http://evil.example"",""x""),含逗号,""引号""\n第二行"`);
    expect(file!.mime).toBe('text/csv;charset=utf-8');
  });

  it('per-session files when asked', async () => {
    const files = await exportFiles('csv', [cmbBundle(), plainBundle()], { ...opts, combine: false });
    expect(files.map((f) => f.filename.endsWith('.csv'))).toEqual([true, true]);
  });
});

describe('value formatting and HTML escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it.each([
    [123456789, 'CNY', '¥1,234,567.89'],
    [5, 'USD', '$0.05'],
    [-1050, 'GBP', '-£10.50'],
    [100, undefined, '1.00'],
  ] as const)('formatMoney(%i, %s) = %s', (minor, currency, out) => {
    expect(formatMoney(minor, currency)).toBe(out);
  });

  it('formats rates without float noise', () => {
    expect(formatRate(0.0075)).toBe('0.75%');
    expect(formatRate(0.0005)).toBe('0.05%');
    expect(formatRate(0.1)).toBe('10%');
  });
});

describe('the written application kept with a record', () => {
  const letterText = `个性化分期还款申请书\n\n招商银行：\n本人因失业，申请分24期还款。\n${HOSTILE}\n\n申请人：张三`;
  function withLetter(): SessionBundle {
    const b = cmbBundle();
    b.session.application = { kind: 'cn-instalment', text: letterText, savedOn: '2026-11-22' };
    return b;
  }

  it('is printed as escaped text with its title, saved date and line breaks', async () => {
    const [file] = await exportHtml([withLetter()], { ...opts, lang: 'zh' });
    const doc = parse(file!.content);
    expect(doc.querySelectorAll('img, script, iframe, a[href]').length).toBe(0);
    expect(doc.querySelectorAll('[onerror]').length).toBe(0);
    const letter = doc.querySelector('[data-record-letter]');
    expect(letter).not.toBeNull();
    // Exactly the stored text, hostile markup included as characters.
    expect(letter!.textContent).toBe(letterText);
    expect(letter!.children.length).toBe(0);
    expect(doc.body.textContent).toContain('书面申请（随记录保存）');
    expect(doc.body.textContent).toContain('个性化分期还款申请书 · 保存日期：2026-11-22');
  });

  it('is in the Markdown export as a quote, escaped, every line kept', async () => {
    const [file] = await exportMarkdown([withLetter()], { ...opts, lang: 'en' });
    const md = file!.content;
    expect(md).toContain('## Written application \\(kept with this record\\)');
    expect(md).toContain('**个性化分期还款申请书** · Saved on: 2026-11-22');
    expect(md).toContain('> 本人因失业，申请分24期还款。\\');
    expect(md).toContain('> \\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).toContain('> 申请人：张三');
    expect(md).not.toMatch(/(?<!\\)[<&]/);
  });

  it('leaves the section out of a record without a letter', async () => {
    const [html] = await exportHtml([cmbBundle()], { ...opts, lang: 'en' });
    const [md] = await exportMarkdown([cmbBundle()], { ...opts, lang: 'en' });
    expect(parse(html!.content).querySelector('[data-record-letter]')).toBeNull();
    expect(md!.content).not.toContain('Written application');
  });
});
