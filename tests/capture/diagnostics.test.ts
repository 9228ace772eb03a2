// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { diagnosticReport, pathOf } from '../../lib/capture/diagnostics';

describe('diagnosticReport', () => {
  it('describes the shape of the chat and never its words', () => {
    document.body.innerHTML = `<aside class="w"><div class="list" id="t"><div class="row a"><p data-x="秘密 attribute">您的验证码是 4321，卡号 6222 0000 1111</p></div><div class="row b"><p>I owe $4,200</p></div></div><form><textarea id="c">draft 草稿</textarea></form></aside>`;
    const report = diagnosticReport({ doc: document, state: 'unreadable', vendor: 'generic', transcript: document.getElementById('t')!, composer: document.getElementById('c')!, rowsRead: 0, foundAgoMs: 16000 });
    for (const secret of ['验证码', '4321', '6222', '$4,200', 'owe', '秘密', 'draft', '草稿']) expect(report).not.toContain(secret);
    const parsed = JSON.parse(report);
    expect(parsed).toMatchObject({ kind: 'parley.diagnostic/1', state: 'unreadable', rowsRead: 0, transcript: { children: 2 } });
    expect(parsed.transcript.firstRows[0]).toBe('div.row.a(p)');
    expect(parsed.composer.path).toContain('textarea');
  });

  it('names the path into a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<ol class="msgs"></ol>';
    expect(pathOf(root.querySelector('ol')!)).toBe('html > body > div > #shadow-root > ol.msgs');
  });
});
