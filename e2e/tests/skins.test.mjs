// The CI sample of generated skins (e2e/skins/, CI_SEEDS: the first 60 TEST seeds) played with the test build in
// one browser, one tab after another. The product bars — message F1 ≥ 0.98, role accuracy ≥ 0.97, no chrome line
// stored, nothing stored twice, one session per chat, the same transcript when a skin is played again — are printed
// with the gap to each. What is asserted is the level the structural finder has reached (GUARD, from TEST seeds
// measured before it was written down), so any regression fails CI; raise GUARD towards BARS as the finder improves.
// Only aggregate figures are printed (TEST seeds: e2e/skins/README.md "Protocol").
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CI_SEEDS } from '../skins/factors.mjs';
import { generateSkin } from '../skins/generator.mjs';
import { playSkins } from '../skins/player.mjs';
import { BARS, aggregate, formatReport } from '../skins/score.mjs';

const REPLAYED = 3;
/**
 * The product bars for F1 and roles, and the level reached elsewhere less a margin for a loaded machine. Four
 * clean-clone runs of this sample scored F1 0.991, roles 0.992–0.993, 0 chrome lines, 0–1 duplicate, 1 chat never
 * recorded and 56–57 of 60 skins meeting every bar, on two cores shared with other work. (Earlier: F1 0.959 with
 * 3 chrome lines and 4 never recorded; F1 0.931 with 21 chrome lines; before the structural finder F1 0.612 with
 * 308 chrome lines.)
 */
const GUARD = { f1: 0.98, roles: 0.97, chromeLines: 1, duplicates: 2, noSession: 3, extraSessions: 1, replaysDiffering: 1, skinsPassing: 0.85 };
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

  it(`message F1 ≥ ${GUARD.f1} (product bar ${BARS.f1})`, () => {
    console.log(`# skins F1 ${overall.f1.toFixed(3)} (bar ${BARS.f1}, gap ${Math.max(0, BARS.f1 - overall.f1).toFixed(3)})`);
    assert.ok(overall.f1 >= GUARD.f1, `F1 ${overall.f1.toFixed(3)} (precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)})`);
  });

  it(`role accuracy ≥ ${GUARD.roles} (product bar ${BARS.roles})`, () => {
    console.log(`# skins roles ${overall.roles.toFixed(3)} (bar ${BARS.roles}, gap ${Math.max(0, BARS.roles - overall.roles).toFixed(3)})`);
    assert.ok(overall.roles >= GUARD.roles, `roles ${overall.roles.toFixed(3)}`);
  });

  it(`stores at most ${GUARD.chromeLines} chrome lines and ${GUARD.duplicates} duplicates in ${CI_SEEDS.count} chats (product bar: none)`, () => {
    console.log(`# skins chrome lines ${overall.chromeLines}, duplicates ${overall.duplicates}`);
    assert.ok(overall.chromeLines <= GUARD.chromeLines, `${overall.chromeLines} stored lines are not messages`);
    assert.ok(overall.duplicates <= GUARD.duplicates, `${overall.duplicates} duplicates`);
  });

  it('opens one session for nearly every chat', () => {
    console.log(`# skins never recorded ${overall.noSession}, split ${overall.extraSessions}`);
    assert.ok(overall.noSession <= GUARD.noSession, `${overall.noSession} chats never recorded`);
    assert.ok(overall.extraSessions <= GUARD.extraSessions, `${overall.extraSessions} chats split into several sessions`);
  });

  it('stores the same transcript when a skin is played again', () => {
    const replayed = results.filter((r) => r.deterministic !== undefined);
    assert.equal(replayed.length, REPLAYED);
    const differing = replayed.filter((r) => !r.deterministic).length;
    console.log(`# skins replays identical ${REPLAYED - differing}/${REPLAYED}`);
    assert.ok(differing <= GUARD.replaysDiffering, `${differing} of ${REPLAYED} replays stored something else`);
  });

  it('reports how many skins meet every bar', () => {
    const passed = results.filter((r) => r.pass).length;
    console.log(`# skins meeting every product bar: ${passed}/${results.length}`);
    assert.ok(passed >= GUARD.skinsPassing * results.length, `${passed} of ${results.length} skins meet every bar`);
  });
});
