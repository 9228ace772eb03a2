/**
 * A rate typed as a percentage ("0.05", "18%", "１８％") ↔ a fraction (0.0005, 0.18). Empty is no rate; anything else
 * that is not a plain number is undefined, so the form can say which field to correct.
 */
export function parsePercent(text: string): number | null | undefined {
  const cleaned = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[%％\s]/g, '');
  if (cleaned === '') return null;
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return undefined;
  // Percent to fraction without binary noise: 0.05 % is 0.0005, not 0.0005000000000000001.
  return Number((Number(cleaned) / 100).toPrecision(12));
}

export function percentText(fraction: number | undefined): string {
  if (fraction === undefined) return '';
  return String(Number((fraction * 100).toPrecision(12)));
}
