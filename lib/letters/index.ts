/**
 * Letters Parley drafts for the person to edit, print and send themselves: the written application before or after
 * a chat (lib/letters/application-*.ts, statement-uk.ts) and the request for written confirmation of agreed terms
 * (confirmation.ts). Pure functions of the figures given; nothing here reads storage or sends anything.
 */
import { chineseLetter, chineseTitle } from './application-zh';
import { usLetter } from './application-us';
import { ukStatement } from './statement-uk';
import type { LetterInput, LetterKind } from './types';

export { confirmationRequest, type ConfirmationInput } from './confirmation';
export { letterProblems } from './problems';
export { LETTER_KINDS, SFS_CATEGORIES, letterLang, type LetterInput, type LetterKind, type Proposal, type SfsCategory, type Hardship } from './types';
export { SFS_LABELS, sfsItems } from './statement-uk';

export function draftLetter(input: LetterInput): string {
  switch (input.kind) {
    case 'us-hardship':
      return usLetter(input);
    case 'uk-statement':
      return ukStatement(input);
    default:
      return chineseLetter({ ...input, kind: input.kind });
  }
}

export function letterTitle(kind: LetterKind): string {
  if (kind === 'us-hardship') return 'Hardship letter';
  if (kind === 'uk-statement') return 'Income and expenditure summary';
  return chineseTitle(kind);
}
