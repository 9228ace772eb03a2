// npm run skins -- [--seed-range dev|test] [--count N] [--from SEED] [--seeds a,b] [--holdout SPEC|none]
//                  [--where 'side=grid,colour;host=iframe'] [--determinism N] [--json FILE] [--verbose]
//                  [--screenshots DIR] [--write DIR]
// Plays generated skins with the test build (npm run build:test) and prints F1 per factor value and overall.
// TEST seeds print aggregate tables only (README.md "Protocol").
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_HOLDOUT, SEED_RANGES, drawFactors, parseHoldout, rangeOf } from './factors.mjs';
import { generateSkin, writeSkin } from './generator.mjs';
import { playSkins } from './player.mjs';
import { aggregate, formatReport, perFactor } from './score.mjs';

function parseArgs(argv) {
  const args = { range: 'dev', count: 60, determinism: 5, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--seed-range') args.range = value();
    else if (a === '--count') args.count = Number(value());
    else if (a === '--from') args.from = Number(value());
    else if (a === '--seeds') args.seeds = value().split(',').map(Number);
    else if (a === '--holdout') args.holdout = value();
    else if (a === '--where') args.where = value();
    else if (a === '--think') args.think = Number(value());
    else if (a === '--think-first') args.thinkFirst = Number(value());
    else if (a === '--determinism') args.determinism = Number(value());
    else if (a === '--json') args.json = value();
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--screenshots') args.screenshots = value();
    else if (a === '--write') args.write = value();
    else throw new Error(`unknown option ${a}`);
  }
  if (!(args.range in SEED_RANGES)) throw new Error(`--seed-range must be one of ${Object.keys(SEED_RANGES).join(', ')}`);
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count must be a positive integer');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const range = SEED_RANGES[/** @type {keyof typeof SEED_RANGES} */ (args.range)];
  const from = args.from ?? range.from;
  const holdout = args.holdout === 'none' ? {} : parseHoldout(args.holdout ?? DEFAULT_HOLDOUT);
  // --where picks the first `count` seeds from `from` whose factors take one of the listed values (same syntax as
  // --holdout), to work on one weakness.
  const where = args.where ? parseHoldout(args.where) : null;
  const wanted = (seed) => !where || Object.entries(drawFactors(seed, { holdout })).every(([k, v]) => !where[k] || where[k].includes(v));
  let seeds = args.seeds;
  if (!seeds) {
    seeds = [];
    for (let seed = from; seeds.length < args.count && seed <= range.to; seed++) if (wanted(seed)) seeds.push(seed);
    if (seeds.length === 0) throw new Error(`no ${args.range.toUpperCase()} seed from ${from} matches --where ${args.where} (is a value held out?)`);
  }
  const ranges = new Set(seeds.map(rangeOf));
  if (ranges.has(null)) throw new Error(`every seed must lie in a range: ${JSON.stringify(SEED_RANGES)}`);
  const touchesTest = ranges.has('test');
  if (touchesTest && (args.verbose || args.screenshots || args.write)) {
    throw new Error('TEST seeds are reported as aggregate tables only: --verbose, --screenshots and --write are for DEV seeds (README.md "Protocol")');
  }
  const skins = seeds.map((seed) => generateSkin(seed, { holdout }));

  if (args.write) {
    const dir = resolve(args.write);
    mkdirSync(dir, { recursive: true });
    for (const skin of skins) writeSkin(dir, skin);
    console.log(`wrote ${skins.length} skins to ${dir} (open <id>/index.html through the player's server, or read expected.json)`);
    return;
  }
  if (args.screenshots) mkdirSync(resolve(args.screenshots), { recursive: true });

  const started = Date.now();
  let n = 0;
  const results = await playSkins(skins, {
    determinism: Math.min(args.determinism, skins.length),
    ...(args.think !== undefined ? { thinkMs: args.think } : {}),
    ...(args.thinkFirst !== undefined ? { firstThinkMs: args.thinkFirst } : {}),
    screenshotDir: args.screenshots && resolve(args.screenshots),
    onResult: (r) => {
      n++;
      if (touchesTest) {
        if (n % 10 === 0 || n === skins.length) process.stderr.write(`  played ${n}/${skins.length}\n`);
        return;
      }
      console.log(`${r.id.padEnd(13)} ${r.pass ? 'pass' : 'FAIL'}  F1 ${r.f1.toFixed(3)}  roles ${r.roleAccuracy.toFixed(3)}  stored ${r.stored}/${r.expected}  chrome ${r.chromeLines.length}  dup ${r.duplicates}  sessions ${r.sessions}  ${r.ms} ms${r.error ? `  error: ${r.error}` : ''}`);
      if (args.verbose && !r.pass) {
        console.log(`    factors ${Object.entries(r.factors).map(([k, v]) => `${k}=${v}`).join(' ')}`);
        for (const m of r.missing) console.log(`    missing  ${JSON.stringify(m)}`);
        for (const c of r.chromeLines) console.log(`    chrome   ${JSON.stringify(c)}`);
        for (const w of r.wrongRoles) console.log(`    role     ${JSON.stringify(w)}`);
        if (!r.agentNameOk || !r.agentIdOk) console.log(`    agent    stored ${r.agentName} / ${r.agentId}`);
      }
    },
  });
  const title = `Skins, ${args.range.toUpperCase()} seeds ${seeds[0]}…${seeds.at(-1)}${args.range === 'dev' ? `, holdout ${args.holdout ?? DEFAULT_HOLDOUT}` : ''}`;
  console.log(`\n${formatReport(results, { title })}`);
  console.log(`\n  ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (args.json) {
    const summary = { title, seeds: { from: seeds[0], to: seeds.at(-1), count: seeds.length }, overall: aggregate(results), perFactor: perFactor(results) };
    if (!touchesTest) summary.skins = results;
    writeFileSync(resolve(args.json), `${JSON.stringify(summary, null, 2)}\n`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
