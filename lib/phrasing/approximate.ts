/**
 * "About" has no cents. A phrase that says 大约 / about / around before a figure reads as machine-made when the figure
 * is "¥1,200.00"; a person says "about ¥1,200". Applied to every rendered reply, so a new phrase cannot bring the
 * pattern back.
 */

const AMOUNT = String.raw`(HK\$|[¥$£€])(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})`;
// Words that make the figure after them approximate; Chinese ones may run straight into the figure.
const ABOUT = new RegExp(String.raw`(\b(?:about|around|roughly|approximately)\s+|(?:大约是?|大概是?|约为?))${AMOUNT}`, 'g');

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function roundApproximateFigures(text: string): string {
  return text.replace(ABOUT, (_all, word: string, symbol: string, whole: string, cents: string) => {
    const units = Number(whole.replace(/,/g, ''));
    const rounded = units + (Number(cents) >= 50 ? 1 : 0);
    // Under one unit keeps its cents so it never reads as nothing.
    if (units === 0) return `${word}${symbol}${whole}.${cents}`;
    return `${word}${symbol}${group(rounded)}`;
  });
}
