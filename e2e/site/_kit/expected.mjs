// Fills the `messages` of each fixture's expected.json (next to its page) from its conversation script: what the
// page displays, message by message, as a person reads it — independent of how Parley reads pages. Run after
// changing a script:  node e2e/site/_kit/expected.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const KIT = dirname(fileURLToPath(import.meta.url));
const SITE = join(KIT, '..');
const ROLE = { agent: 'agent', bot: 'bot', system: 'system', me: 'customer' };

export function loadScript(name) {
  let captured;
  const sandbox = { FixtureKit: { script: (steps, options) => (captured = { steps, options: options ?? {} }) } };
  vm.runInNewContext(readFileSync(join(KIT, 'scripts', `${name}.js`), 'utf8'), sandbox);
  return captured;
}

function whoOf(step) {
  return ['agent', 'bot', 'system', 'me'].find((w) => Object.prototype.hasOwnProperty.call(step, w));
}

/** The transcript a person reads off the page; an edit adds Parley's "✎" note, as README "Detection" says. */
export function expectedMessages({ steps, options }) {
  const names = options.names ?? 'others';
  const shown = [];
  const messages = [];
  for (const step of steps) {
    const who = whoOf(step);
    if (who) {
      const m = { role: ROLE[who], text: step.expectText ?? step[who] };
      const showName = who !== 'system' && (names === 'all' || (names === 'others' && who !== 'me'));
      if (showName) {
        const name = who === 'me' ? (options.customerName ?? 'You') : step.name;
        if (name) m.author = name;
      }
      if (options.times !== false && who !== 'system' && step.time !== null) {
        const time = step.time ?? options.defaultTime;
        if (time) m.shownTime = time;
      }
      shown.push(m);
      messages.push(m);
    } else if (step.do === 'edit') {
      const at = step.at < 0 ? shown.length + step.at : step.at;
      const original = shown[at];
      const note = { role: 'system', text: `✎ ${step.text}` };
      if (original.author) note.author = original.author;
      if (original.shownTime) note.shownTime = original.shownTime;
      messages.push(note);
      shown[at] = { ...original, text: step.text };
    }
  }
  return messages;
}

/** Every fixture: an expected.json beside a fixture page, anywhere under e2e/site/<host>/. */
export function fixtureFiles(root = SITE) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '_kit' || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'expected.json') found.push(path);
    }
  };
  walk(root);
  return found.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of fixtureFiles()) {
    const fixture = JSON.parse(readFileSync(file, 'utf8'));
    fixture.messages = fixture.negative ? [] : expectedMessages(loadScript(fixture.script));
    writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
    console.log(`${fixture.name}: ${fixture.messages.length} messages`);
  }
}
