// When the model alone may raise a red flag: its cues, the evidence gate, the vetoes and the plain-clause rule, on
// clauses built by hand so each row tests one condition.
import { describe, expect, it } from 'vitest';
import { modelMayFlag } from '../../lib/phrasing/classify/model-flags';
import type { ClauseInfo } from '../../lib/phrasing/classify/red-flags';
import type { TextRedFlagId } from '../../lib/phrasing/types';

const plain = (text: string, ...cues: string[]): ClauseInfo => ({ text, scope: 'plain', cues });
const warned = (text: string, ...cues: string[]): ClauseInfo => ({ text, scope: 'warn', cues });
const sure = { prob: 0.9, passes: true, modelAlone: 0.5, gate: true };
const unsure = { prob: 0.3, passes: true, modelAlone: 0.5, gate: true };

describe('modelMayFlag', () => {
  it.each<[string, TextRedFlagId, ClauseInfo[], typeof sure, boolean]>([
    ['a sure model on a plain clause', 'remote-control', [plain('let me see your phone')], sure, true],
    ['an unsure model needs one of the flag’s cues in a plain clause', 'remote-control', [plain('let me see your phone')], unsure, false],
    ['… and has it', 'remote-control', [plain('install the helper app', 'install')], unsure, true],
    ['… but not in a warning', 'remote-control', [warned('never install apps', 'install'), plain('thanks')], unsure, false],
    ['a model under its threshold never flags', 'asks-secret', [plain('read it to me', 'secret')], { ...sure, passes: false }, false],
    ['only warnings cannot accuse the bank', 'asks-secret', [warned('never share your code', 'secret')], sure, false],
    ['safe-account needs its evidence in a plain clause', 'safe-account', [plain('that leaves £95 to pay')], sure, false],
    ['… and flags with it', 'safe-account', [plain('move it to this account', 'odd-target')], sure, true],
    ['… unless the trainer turns the gate off', 'safe-account', [plain('that leaves £95 to pay')], { ...sure, gate: false }, true],
    ['credit-repair needs its evidence too', 'credit-repair', [plain('无权删除')], sure, false],
    ['a code the person keeps is not asked for', 'asks-secret', [plain('验证码您自己保管好', 'keep-secret')], sure, false],
    ['the bank’s own app is not remote control', 'remote-control', [plain('请下载我行官方APP', 'own-app')], sure, false],
    ['… unless someone operates it for you', 'remote-control', [plain('下载APP后我帮您操作', 'own-app', 'operate-for')], sure, true],
  ])('%s', (_, flag, parts, input, expected) => expect(modelMayFlag(flag, { parts, ...input })).toBe(expected));

  it('an identifier asked with no secret is an identity check, not a secret request', () => {
    expect(modelMayFlag('asks-secret', { parts: [plain('can you give me your zip code')], ...sure })).toBe(false);
  });
});
