// The CI sample of generated skins (e2e/skins/, CI_SEEDS: the first 60 TEST seeds) played with the test build in
// one browser, one tab after another: the stored transcripts must meet the product bars — message F1 ≥ 0.98, role
// accuracy ≥ 0.97, no chrome line stored, nothing stored twice, one session per chat, the same transcript when a
// skin is played again. Only aggregate figures are printed (TEST seeds: e2e/skins/README.md "Protocol").
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CI_SEEDS } from '../skins/factors.mjs';
import { generateSkin } from '../skins/generator.mjs';
import { playSkins } from '../skins/player.mjs';
import { BARS, aggregate, formatReport } from '../skins/score.mjs';

const REPLAYED = 3;
let results = [];
let overall;

describe(`generated skins (CI sample: seeds ${CI_SEEDS.from}…${CI_SEEDS.from + CI_SEEDS.count - 1})`, () => {
  before(async () => {
    const skins = Array.from({ length: CI_SEEDS.count }, (_, i) => generateSkin(CI_SEEDS.from + i));
    results = await playSkins(skins, { determinism: REPLAYED });
    overall = aggregate(results);
    console.log(`\n${formatReport(results, { title: 'Skins CI sample' })}\n`);
  });

  it('plays every skin to the end (the instrument works)', () => {
    assert.equal(results.length, CI_SEEDS.count);
    assert.deepEqual(results.filter((r) => r.error).map((r) => r.id), [], 'every page ran its whole conversation');
  });

  it(`message F1 ≥ ${BARS.f1}`, () => {
    assert.ok(overall.f1 >= BARS.f1, `F1 ${overall.f1.toFixed(3)} (precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)})`);
  });

  it(`role accuracy ≥ ${BARS.roles}`, () => {
    assert.ok(overall.roles >= BARS.roles, `roles ${overall.roles.toFixed(3)}`);
  });

  it('stores no chrome line and nothing twice', () => {
    assert.equal(overall.chromeLines, 0, `${overall.chromeLines} stored lines are not messages`);
    assert.equal(overall.duplicates, 0, `${overall.duplicates} duplicates`);
  });

  it('opens exactly one session per chat', () => {
    assert.equal(overall.noSession, 0, `${overall.noSession} chats never recorded`);
    assert.equal(overall.extraSessions, 0, `${overall.extraSessions} chats split into several sessions`);
  });

  it('stores the same transcript when a skin is played again', () => {
    const replayed = results.filter((r) => r.deterministic !== undefined);
    assert.equal(replayed.length, REPLAYED);
    assert.deepEqual(replayed.filter((r) => !r.deterministic).map((r) => r.id), []);
  });

  it('every skin meets the bars', () => {
    const passed = results.filter((r) => r.pass).length;
    assert.equal(passed, results.length, `${passed} of ${results.length} skins meet every bar`);
  });
});
