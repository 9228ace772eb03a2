// The records benchmark alone for the build in PARLEY_OUT_DIR: `PARLEY_OUT_DIR=<build> node e2e/bench/records-runs.mjs [runs]`.
import { measureRecordsInBrowser } from './records.mjs';

const runs = Number(process.argv[2] ?? 1);
const ms = (n) => `${n.toFixed(0)} ms`;
for (let i = 0; i < runs; i += 1) {
  const r = await measureRecordsInBrowser({ count: 10_000 });
  console.log(`${process.env.PARLEY_OUT_DIR ?? '.output'}  library export ${ms(r.library.exportMs)} verify ${ms(r.library.verifyMs)}   Records tab export ${ms(r.panel.exportMs)} verify ${ms(r.panel.verifyMs)}   click → download ${ms(r.panel.exportWallMs)}`);
}
