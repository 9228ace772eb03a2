/**
 * The bar at the top of Parley's printable pages (a record, a letter): a Print button and a hint about "Save as PDF",
 * hidden on paper. One bar, so both pages look and behave alike.
 */
export interface PrintBarLabels {
  print: string;
  hint: string;
}

export function printBarCss(className: string): string {
  return (
    `.${className}{position:sticky;top:0;display:flex;gap:12px;align-items:center;padding:10px 16px;background:#0f766e;color:#fff;font:14px system-ui,sans-serif}` +
    `.${className} button{font:inherit;font-weight:600;border:0;border-radius:6px;padding:6px 14px;background:#fff;color:#0f766e;cursor:pointer}` +
    `@media print{.${className}{display:none}}`
  );
}

export function printBar(doc: Document, className: string, labels: PrintBarLabels, onPrint: () => void): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = className;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = labels.print;
  button.addEventListener('click', onPrint);
  const hint = doc.createElement('span');
  hint.textContent = labels.hint;
  bar.append(button, hint);
  return bar;
}
