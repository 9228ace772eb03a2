// `web-ext lint` on the Firefox store build: no errors, and no warning that is not explained here. An explained
// warning names its rule, the file it may appear in, and why it stays; anything else fails the run.
import { spawnSync } from 'node:child_process';

export const EXPLAINED = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/[\w-]+\.js$/,
    why: "zod's capability probe (`Function('')` in a try/catch): the extension's content security policy forbids it, so zod uses its interpreter; no string is ever evaluated",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/sidepanel-[\w-]+\.js$/,
    why: "React DOM's own code for dangerouslySetInnerHTML and for creating <script> elements; Parley never uses either (page text is always rendered as text)",
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    why: 'data_collection_permissions needs Firefox for Android 142; Parley is not offered on Android (it lives in the sidebar, which Android lacks)',
  },
];

export function lintFirefoxBuild(dir) {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`web-ext lint gave no report: ${run.stderr || run.stdout}`);
  }
  const unexplained = [...report.errors, ...report.warnings].filter(
    (m) => !EXPLAINED.some((e) => e.code === m.code && e.file.test(m.file ?? '')),
  );
  return { summary: report.summary, unexplained, explained: report.warnings.length - unexplained.filter((m) => report.warnings.includes(m)).length };
}
