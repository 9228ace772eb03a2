// The skin generator (e2e/skins/): the same seed draws the same page, every factor value can be drawn, held-out
// values never appear in DEV seeds, and the expected transcript is what the page shows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLDOUT, FACTORS, SEED_RANGES, drawFactors, parseHoldout, rangeOf } from '../../e2e/skins/factors.mjs';
import { generateSkin, registryBanks, type Skin } from '../../e2e/skins/generator.mjs';
import { scoreSkin } from '../../e2e/skins/score.mjs';

type SkinWindow = Window &
  typeof globalThis & { skinChat: { done: boolean; waiting: string | null; error: string | null; sendWith: string; composer(): HTMLElement; sendButton(): HTMLElement | null } };
type JsdomCtor = new (html: string, options?: { runScripts?: 'dangerously'; url?: string }) => { window: SkinWindow };
// jsdom ships no type declarations here; the two members used are typed above.
const jsdomModule = 'jsdom';
const { JSDOM } = (await import(/* @vite-ignore */ jsdomModule)) as { JSDOM: JsdomCtor };

const squash = (s: string) => s.replace(/\s+/g, '');
const seeds = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const parser = new JSDOM('').window.document;
const textOf = (html: string) => {
  const t = parser.createElement('template');
  t.innerHTML = html;
  return squash(t.content.textContent ?? '');
};

describe('generateSkin', () => {
  it('draws the same skin for the same seed, and different skins for different seeds', () => {
    for (const seed of [1, 77, 4242, 1_000_000, 1_000_123]) expect(generateSkin(seed)).toEqual(generateSkin(seed));
    const pages = new Set(seeds(1, 40).map((s) => generateSkin(s).html));
    expect(pages.size).toBe(40);
  }, 30000);

  it('can draw every value of every factor (TEST seeds draw from the whole grammar)', () => {
    const drawn: Record<string, Set<string>> = {};
    for (const seed of seeds(SEED_RANGES.test.from, 400)) {
      for (const [k, v] of Object.entries(drawFactors(seed))) (drawn[k] ??= new Set()).add(v);
    }
    // generateSkin draws exactly these factors.
    for (const seed of seeds(SEED_RANGES.test.from, 20)) expect(generateSkin(seed).factors).toEqual(drawFactors(seed));
    for (const [factor, values] of Object.entries(FACTORS)) expect([...(drawn[factor] ?? [])].sort(), factor).toEqual([...values].sort());
  }, 30000);

  it('never draws a held-out value in DEV seeds, and does draw them in TEST seeds', () => {
    const held = parseHoldout(DEFAULT_HOLDOUT);
    expect(Object.keys(held).length).toBeGreaterThan(0);
    const devDrawn = new Set<string>();
    for (const seed of seeds(SEED_RANGES.dev.from, 600)) {
      for (const [k, v] of Object.entries(drawFactors(seed))) devDrawn.add(`${k}=${v}`);
    }
    for (const seed of seeds(SEED_RANGES.dev.from, 20)) {
      const skin = generateSkin(seed);
      expect(skin.mode).toBe('dev');
      expect(skin.factors).toEqual(drawFactors(seed));
    }
    const testDrawn = new Set<string>();
    for (const seed of seeds(SEED_RANGES.test.from, 600)) for (const [k, v] of Object.entries(drawFactors(seed))) testDrawn.add(`${k}=${v}`);
    for (const [factor, values] of Object.entries(held)) {
      for (const v of values) {
        expect(devDrawn.has(`${factor}=${v}`), `${factor}=${v} drawn in DEV`).toBe(false);
        expect(testDrawn.has(`${factor}=${v}`), `${factor}=${v} never drawn in TEST`).toBe(true);
      }
    }
    // A holdout given by the caller replaces the default.
    const custom = parseHoldout('host=closed-shadow,srcdoc;lang=en');
    for (const seed of seeds(SEED_RANGES.dev.from, 300)) {
      const f = drawFactors(seed, { holdout: custom });
      expect(['closed-shadow', 'srcdoc']).not.toContain(f.host);
      expect(f.lang).not.toBe('en');
    }
  }, 30000);

  it('refuses a holdout naming an unknown factor or value, or every value of a factor', () => {
    expect(() => parseHoldout('sides=grid')).toThrow(/unknown factor/);
    expect(() => parseHoldout('side=diagonal')).toThrow(/not a value/);
    expect(() => parseHoldout('lang=zh-CN,zh-TW,en')).toThrow(/every value/);
    expect(() => parseHoldout('side')).toThrow(/factor=value/);
  });

  it('puts seeds in ranges and serves each skin under a registry bank of its language', () => {
    expect(rangeOf(5)).toBe('dev');
    expect(rangeOf(SEED_RANGES.test.from + 5)).toBe('test');
    expect(rangeOf(SEED_RANGES.dev.to + 1)).toBeNull();
    expect(() => generateSkin(-1)).toThrow(/seed/);
    const banks = registryBanks();
    for (const seed of seeds(200, 60)) {
      const skin = generateSkin(seed);
      const bank = banks.find((b) => b.id === skin.expected.siteId);
      expect(bank, skin.id).toBeDefined();
      expect(skin.host.endsWith(`.${bank!.domain}`)).toBe(true);
      expect(bank!.region === 'CN').toBe(skin.factors.lang !== 'en');
    }
  });

  it('writes an expected transcript consistent with the page', () => {
    for (const seed of [...seeds(1, 60), ...seeds(SEED_RANGES.test.from, 60)]) {
      const skin = generateSkin(seed);
      const rows = skin.steps.filter((s) => s.kind === 'me' || s.kind === 'message');
      const expected = skin.expected.messages;
      expect(rows.length, skin.id).toBe(expected.length);
      rows.forEach((row, i) => {
        const e = expected[i]!;
        const text = textOf(row.html);
        expect(text, `${skin.id} #${i}`).toContain(squash(e.text));
        if (e.author) expect(text).toContain(squash(e.author));
        if (e.shownTime) expect(text).toContain(squash(e.shownTime));
        expect(row.kind === 'me').toBe(e.role === 'customer');
        if (row.kind === 'me') expect(row.text).toBe(e.text);
      });
      // Whatever is not a message (dividers, chips) shows no message text of its own.
      for (const other of skin.steps.filter((s) => s.kind === 'divider' || s.kind === 'chips')) {
        for (const e of expected) expect(textOf(other.html)).not.toBe(squash(e.text));
      }
      expect(skin.customerLines).toEqual(expected.filter((m) => m.role === 'customer').map((m) => m.text));
      // The agent's name and ID the session should learn are said in the chat, by a notice or the agent.
      const said = expected.filter((m) => m.role === 'system' || m.role === 'agent').map((m) => m.text).join('\n');
      expect(said).toContain(skin.expected.agentName);
      expect(said).toContain(skin.expected.agentId);
      expect(expected.some((m) => m.role === 'bot')).toBe(true);
      expect(expected.some((m) => m.role === 'agent')).toBe(true);
    }
  }, 60000);

  it('builds the container the factors name', () => {
    const byHost = new Map<string, Skin>();
    for (const seed of seeds(SEED_RANGES.test.from, 100)) {
      const skin = generateSkin(seed);
      if (!byHost.has(skin.factors.host!)) byHost.set(skin.factors.host!, skin);
    }
    expect([...byHost.keys()].sort()).toEqual([...FACTORS.host!].sort());
    expect(byHost.get('iframe')!.files['chat.html']).toContain('<script>');
    expect(byHost.get('iframe')!.html).toContain('src="chat.html"');
    expect(byHost.get('srcdoc')!.html).toMatch(/<iframe [^>]*srcdoc="/);
    expect(byHost.get('closed-shadow')!.script).toMatch(/"shadow":"closed","tag":"[a-z]+-[a-z]+"/);
    expect(byHost.get('open-shadow')!.script).toContain('"shadow":"open"');
    expect(byHost.get('page')!.script).toContain('"shadow":null');
  }, 30000);
});

/** Plays a skin's page in jsdom the way the browser test does (typing each customer line when it is due). */
async function playInJsdom(skin: Skin) {
  const dom = new JSDOM(skin.html, { runScripts: 'dangerously', url: skin.url });
  const w = dom.window;
  const deadline = Date.now() + 15000;
  while (!w.skinChat.done) {
    if (w.skinChat.error) throw new Error(w.skinChat.error);
    if (Date.now() > deadline) throw new Error(`${skin.id} did not finish`);
    const line = w.skinChat.waiting;
    if (line) {
      const composer = w.skinChat.composer();
      if (composer.getAttribute('contenteditable') !== null) composer.textContent = line;
      else (composer as HTMLInputElement).value = line;
      if (w.skinChat.sendWith === 'button') w.skinChat.sendButton()!.click();
      else composer.dispatchEvent(new w.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      // The page takes the line at once: it is never left waiting for what was just sent.
      await new Promise((r) => setTimeout(r, 0));
      expect(w.skinChat.waiting).not.toBe(line);
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  const host = skin.factors.host === 'open-shadow' ? Array.from(w.document.querySelectorAll('*')).find((el) => el.shadowRoot) : undefined;
  // The page's own script holds the config (every row's markup): read what is rendered, not the script.
  for (const el of Array.from(w.document.querySelectorAll('script, style'))) el.remove();
  const text = squash((host?.shadowRoot ?? w.document.body).textContent ?? '');
  dom.window.close();
  return text;
}

describe('a generated page played in jsdom', () => {
  it('shows every expected line in order, the typing indicator gone, once the conversation is over', async () => {
    const picked: Skin[] = [];
    for (let seed = SEED_RANGES.dev.from; picked.length < 6; seed++) {
      const skin = generateSkin(seed);
      if (['page', 'open-shadow'].includes(skin.factors.host!) && ['append', 'rerender'].includes(skin.factors.list!)) picked.push(skin);
    }
    const texts = await Promise.all(picked.map(playInJsdom));
    picked.forEach((skin, i) => {
      let at = 0;
      for (const m of skin.expected.messages) {
        const found = texts[i]!.indexOf(squash(m.text), at);
        expect(found, `${skin.id}: ${m.text}`).toBeGreaterThanOrEqual(at);
        at = found + squash(m.text).length;
      }
      for (const typing of ['对方正在输入…', '對方正在輸入…', 'Agent is typing…']) expect(texts[i]).not.toContain(squash(typing));
    });
  }, 30000);
});

describe('scoreSkin', () => {
  const expected = {
    agentName: '王芳',
    agentId: '10234',
    siteId: 'cmb',
    messages: [
      { role: 'bot' as const, text: '您好，请问有什么可以帮您？' },
      { role: 'customer' as const, text: '转人工' },
      { role: 'system' as const, text: '客服 王芳（工号 10234）为您服务' },
      { role: 'agent' as const, text: '核实通过。\n您的欠款合计 ¥8,000.00。' },
    ],
  };
  const session = [{ agentName: '王芳', agentId: '10234', siteId: 'cmb' }];

  it('gives a faithful transcript full marks, whitespace aside', () => {
    const stored = expected.messages.map((m) => ({ ...m, text: m.text.replace('\n', ' ') }));
    const s = scoreSkin(expected, stored, session);
    expect(s).toMatchObject({ f1: 1, roleAccuracy: 1, duplicates: 0, chromeLines: [], agentNameOk: true, agentIdOk: true, pass: true });
  });

  it('counts chrome lines, duplicates, missing lines and wrong roles', () => {
    const stored = [
      { role: 'agent' as const, text: '您好，请问有什么可以帮您？' },
      { role: 'customer' as const, text: '转人工' },
      { role: 'customer' as const, text: '转人工' },
      { role: 'system' as const, text: '对方正在输入…' },
    ];
    const s = scoreSkin(expected, stored, [{ siteId: 'cmb' }]);
    expect(s.matched).toBe(2);
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 4);
    expect(s.duplicates).toBe(1);
    expect(s.chromeLines).toEqual(['对方正在输入…']);
    expect(s.roleAccuracy).toBeCloseTo(1 / 2);
    expect(s.missing).toHaveLength(2);
    expect(s.agentNameOk).toBe(false);
    expect(s.pass).toBe(false);
  });

  it('fails a skin with no session or two sessions even if the lines match', () => {
    expect(scoreSkin(expected, expected.messages, []).pass).toBe(false);
    expect(scoreSkin(expected, expected.messages, [...session, ...session]).pass).toBe(false);
  });
});
