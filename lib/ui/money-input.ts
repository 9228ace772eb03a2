/** "12,345.6" / "１２３４５" / "1.2万" → minor units; undefined when it is not a plain amount. */
export function parseMajorAmount(text: string, digits = 2): number | undefined {
  const cleaned = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s¥￥$£]/g, '')
    .trim();
  if (cleaned === '') return 0;
  const m = /^(\d+(?:\.\d+)?)(万|k|K)?$/.exec(cleaned);
  if (!m) return undefined;
  const unit = m[2] === '万' ? 10_000 : m[2] ? 1_000 : 1;
  const value = Number(m[1]) * unit;
  return Number.isFinite(value) ? Math.round(value * 10 ** digits) : undefined;
}

export function minorToMajorText(minor: number, digits = 2): string {
  if (minor === 0) return '';
  const major = minor / 10 ** digits;
  return Number.isInteger(major) ? String(major) : major.toFixed(digits);
}
