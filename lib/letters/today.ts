/** The person's calendar day, YYYY-MM-DD in their own time zone (a letter is dated the day they see). */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
