// Scores what Parley stored for one skin against the transcript the grammar wrote, and aggregates the scores per
// factor value so a weakness shows up as a factor (e.g. side=grid), not as a page.
import { counts, overlap } from '../lib/fixture-score.mjs';
import { FACTORS } from './factors.mjs';

export const BARS = { f1: 0.98, roles: 0.97, chromeLines: 0, duplicates: 0 };

export const normalise = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();


const ratio = (a, b) => (b === 0 ? 1 : a / b);
const f1Of = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * @param {{ messages: {role: string, text: string, author?: string, shownTime?: string}[], agentName?: string, agentId?: string, siteId?: string }} expected
 * @param {{role: string, text: string, author?: string, shownTime?: string}[]} stored in seq order
 * @param {{ agentName?: string, agentId?: string, siteId?: string }[]} sessions
 */
export function scoreSkin(expected, stored, sessions) {
  const exp = expected.messages;
  const expTexts = exp.map((m) => normalise(m.text));
  const gotTexts = stored.map((m) => normalise(m.text));
  const matched = overlap(expTexts, gotTexts);
  const roleKey = (m) => `${m.role}\u241f${normalise(m.text)}`;
  const roles = overlap(exp.map(roleKey), stored.map(roleKey));
  const authorKey = (m) => `${normalise(m.text)}\u241f${m.author ?? ''}`;
  const timeKey = (m) => `${normalise(m.text)}\u241f${m.shownTime ?? ''}`;
  const expCounts = counts(expTexts);
  let duplicates = 0;
  const chrome = [];
  for (const [text, c] of counts(gotTexts)) {
    const want = expCounts.get(text) ?? 0;
    if (want === 0) chrome.push(...Array(c).fill(text));
    else duplicates += Math.max(0, c - want);
  }
  const precision = ratio(matched, stored.length);
  const recall = ratio(matched, exp.length);
  const session = sessions[0];
  const result = {
    expected: exp.length,
    stored: stored.length,
    matched,
    precision,
    recall,
    f1: f1Of(precision, recall),
    roles,
    roleAccuracy: ratio(roles, matched),
    authors: overlap(exp.map(authorKey), stored.map(authorKey)),
    times: overlap(exp.map(timeKey), stored.map(timeKey)),
    duplicates,
    chromeLines: chrome,
    sessions: sessions.length,
    siteOk: !expected.siteId || sessions.every((s) => s.siteId === expected.siteId),
    agentName: session?.agentName ?? null,
    agentId: session?.agentId ?? null,
    agentNameOk: normalise(session?.agentName) === normalise(expected.agentName),
    agentIdOk: normalise(session?.agentId) === normalise(expected.agentId),
    missing: exp.filter((m) => !gotTexts.includes(normalise(m.text))).map((m) => `${m.role}: ${m.text}`),
    wrongRoles: stored
      .filter((m) => { const e = exp.find((x) => normalise(x.text) === normalise(m.text)); return e && e.role !== m.role; })
      .map((m) => `${m.role} (want ${exp.find((x) => normalise(x.text) === normalise(m.text))?.role}): ${m.text}`),
  };
  return { ...result, pass: passes(result) };
}

/** One skin meets the product bars. */
export function passes(r) {
  return r.f1 >= BARS.f1 && r.roleAccuracy >= BARS.roles && r.chromeLines.length === 0 && r.duplicates === 0 && r.sessions === 1;
}

/**
 * Micro-averaged figures over a set of skin results.
 * @param {ReturnType<typeof scoreSkin>[]} results
 */
export function aggregate(results) {
  const sum = (k) => results.reduce((s, r) => s + r[k], 0);
  const precision = ratio(sum('matched'), sum('stored'));
  const recall = ratio(sum('matched'), sum('expected'));
  return {
    skins: results.length,
    passed: results.filter((r) => r.pass).length,
    precision,
    recall,
    f1: f1Of(precision, recall),
    roles: ratio(sum('roles'), sum('matched')),
    authors: ratio(sum('authors'), sum('matched')),
    times: ratio(sum('times'), sum('matched')),
    duplicates: sum('duplicates'),
    chromeLines: results.reduce((s, r) => s + r.chromeLines.length, 0),
    noSession: results.filter((r) => r.sessions === 0).length,
    extraSessions: results.filter((r) => r.sessions > 1).length,
    agentName: ratio(results.filter((r) => r.agentNameOk).length, results.length),
    agentId: ratio(results.filter((r) => r.agentIdOk).length, results.length),
    deterministic: results.filter((r) => r.deterministic !== undefined).length
      ? `${results.filter((r) => r.deterministic === true).length}/${results.filter((r) => r.deterministic !== undefined).length}`
      : '-',
  };
}

/** Aggregates per factor value: { factor: { value: aggregate } }. */
export function perFactor(results) {
  /** @type {Record<string, Record<string, ReturnType<typeof aggregate>>>} */
  const out = {};
  for (const [factor, values] of Object.entries(FACTORS)) {
    out[factor] = {};
    for (const v of values) {
      const subset = results.filter((r) => r.factors?.[factor] === v);
      if (subset.length) out[factor][v] = aggregate(subset);
    }
  }
  return out;
}

const fx = (n) => (typeof n === 'number' ? n.toFixed(3) : String(n));

/** The report: overall figures, then one line per factor value (weakest first within a factor). */
export function formatReport(results, { title = 'Skins' } = {}) {
  const all = aggregate(results);
  const lines = [];
  lines.push(`${title}: ${all.skins} skins, ${all.passed} meet every bar (F1 ≥ ${BARS.f1}, roles ≥ ${BARS.roles}, no chrome line, no duplicate, one session)`);
  lines.push(`  overall  F1 ${fx(all.f1)}  P ${fx(all.precision)}  R ${fx(all.recall)}  roles ${fx(all.roles)}  authors ${fx(all.authors)}  times ${fx(all.times)}`);
  lines.push(`           chrome lines ${all.chromeLines}  duplicates ${all.duplicates}  no session ${all.noSession}  >1 session ${all.extraSessions}  agent name ${fx(all.agentName)}  agent id ${fx(all.agentId)}  deterministic ${all.deterministic}`);
  lines.push('');
  lines.push(`  ${'factor'.padEnd(11)} ${'value'.padEnd(16)} ${'n'.padStart(4)} ${'pass'.padStart(4)}   F1      P      R      roles  chrome dup  agentN agentID`);
  for (const [factor, values] of Object.entries(perFactor(results))) {
    const sorted = Object.entries(values).sort((a, b) => a[1].f1 - b[1].f1);
    for (const [v, a] of sorted) {
      lines.push(`  ${factor.padEnd(11)} ${v.padEnd(16)} ${String(a.skins).padStart(4)} ${String(a.passed).padStart(4)}   ${fx(a.f1)}  ${fx(a.precision)}  ${fx(a.recall)}  ${fx(a.roles)}  ${String(a.chromeLines).padStart(5)} ${String(a.duplicates).padStart(4)}  ${fx(a.agentName)}  ${fx(a.agentId)}`);
    }
  }
  return lines.join('\n');
}
