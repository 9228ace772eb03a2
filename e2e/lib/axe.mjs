// axe-core in a real page, from the installed package (never the network). The source is evaluated through the
// DevTools protocol rather than added as a <script>: extension pages and the printable record carry a CSP that
// refuses inline and foreign scripts, and that evaluation is not subject to it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA rules plus axe's best practices: what a side panel read by a stressed person must pass. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now; returns every violation with the nodes it names (selector and summary). */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary?.split('\n').slice(0, 3).join(' ') })),
    }));
  }, TAGS);
}

/** Only the violations the issue's bar counts: serious and critical. */
export const seriousOrCritical = (violations) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** One line per violation, for an assertion message a person can act on. */
export const describeViolations = (violations) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target} (${n.summary})`).join('; ')}`).join('\n');
