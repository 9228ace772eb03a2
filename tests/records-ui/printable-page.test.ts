// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openParleyDB } from '../../lib/db/database';
import { downloadFile } from '../../lib/ui/records/download';
import { mountRecordDocument, showPrintableRecord } from '../../lib/ui/records/printable-page';
import { cmbBundle, HOSTILE } from '../records/fixtures';

const labels = { print: 'Print', hint: 'Save as PDF', notFound: 'Gone' };
let n = 0;

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

async function seeded() {
  const db = openParleyDB(`printable-${++n}`);
  const b = cmbBundle();
  await db.sessions.add(b.session);
  await db.messages.bulkAdd(b.messages);
  return db;
}

describe('printable record page', () => {
  it('shows the escaped record with a print bar, hostile chat text staying text', async () => {
    const db = await seeded();
    const print = vi.fn();
    expect(await showPrintableRecord(document, '?id=sess-cmb-1&lang=zh&print=1', { db, labels, utcOffsetMinutes: 480, print })).toBe(true);
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.title).toContain('招商银行');
    expect(document.querySelector('section.record h1')?.textContent).toContain('招商银行');
    expect(document.querySelectorAll('img, script, iframe')).toHaveLength(0);
    expect(document.body.textContent).toContain(HOSTILE);
    expect(document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    const button = document.querySelector('.parley-print-bar button') as HTMLButtonElement;
    button.click();
    expect(print).toHaveBeenCalledTimes(2);
    db.close();
  });

  it('does not open the print dialog unless asked, and says so when the record is gone', async () => {
    const db = await seeded();
    const print = vi.fn();
    expect(await showPrintableRecord(document, '?id=sess-cmb-1&lang=en', { db, labels, utcOffsetMinutes: 480, print })).toBe(true);
    expect(print).not.toHaveBeenCalled();
    expect(await showPrintableRecord(document, '?id=nope', { db, labels, utcOffsetMinutes: 480, print })).toBe(false);
    expect(document.body.textContent).toBe('Gone');
    db.close();
  });

  it('drops active content even if a builder bug let some through', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>t</title><script>alert(1)</script></head>' +
      '<body><section class="record"><p onclick="alert(1)">ok</p><img src="https://evil.example/x.png"><iframe srcdoc="x"></iframe><a href="javascript:alert(1)">l</a></section></body></html>';
    mountRecordDocument(document, html, labels, () => undefined);
    expect(document.querySelectorAll('script, img, iframe')).toHaveLength(0);
    expect(document.querySelector('p')?.hasAttribute('onclick')).toBe(false);
    expect(document.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(document.body.textContent).toContain('ok');
  });
});

describe('downloadFile', () => {
  it('saves through an <a download> with a Blob URL, without any downloads API', () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:parley/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: HTMLAnchorElement[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    downloadFile({ filename: 'parley_2026-11-23_cmb_1a2b3c4d.json', mime: 'application/json', content: '{"a":1}' });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('parley_2026-11-23_cmb_1a2b3c4d.json');
    expect(clicks[0]!.href).toBe('blob:parley/1');
    expect(created[0]!.type).toBe('application/json');
    expect(document.querySelector('a')).toBeNull();
    spy.mockRestore();
  });
});
