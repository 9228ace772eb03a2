/**
 * What Parley saw of a chat it cannot read, for the person to send to us if they wish: the shape of the page, never
 * its words. Tag names, counts, and class names cut short (they name styles, not what anyone said); no text node,
 * attribute value or address beyond the site's host is included.
 */
export interface DiagnosticInput {
  doc: Document;
  state: string;
  vendor?: string;
  confidence?: number;
  transcript?: Element;
  composer?: Element;
  rowsRead: number;
  foundAgoMs?: number;
  unechoedSendAgoMs?: number;
  extensionVersion?: string;
}

function shapeOf(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3).map((c) => c.slice(0, 24));
  return el.tagName.toLowerCase() + classes.map((c) => `.${c}`).join('');
}

/** The element's place in the page, from the root down, as tag.class steps (at most 12). */
export function pathOf(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && steps.length < 12; ) {
    steps.unshift(shapeOf(node));
    const parent: Element | null = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
    if (parent && !node.parentElement) steps.unshift('#shadow-root');
    node = parent;
  }
  return steps.join(' > ');
}

/** A row's structure two levels deep: enough to see whether rows look alike, without reading them. */
function rowShape(row: Element, depth = 2): string {
  const kids = Array.from(row.children).slice(0, 6);
  if (depth === 0 || kids.length === 0) return shapeOf(row);
  return `${shapeOf(row)}(${kids.map((k) => rowShape(k, depth - 1)).join(',')})`;
}

export function diagnosticReport(input: DiagnosticInput): string {
  const { doc, transcript, composer } = input;
  const rows = transcript ? Array.from(transcript.children) : [];
  const report = {
    kind: 'parley.diagnostic/1',
    extensionVersion: input.extensionVersion,
    host: doc.location?.hostname,
    topFrame: doc.defaultView ? doc.defaultView === doc.defaultView.top : undefined,
    state: input.state,
    vendor: input.vendor,
    confidence: input.confidence,
    rowsRead: input.rowsRead,
    foundAgoMs: input.foundAgoMs,
    unechoedSendAgoMs: input.unechoedSendAgoMs,
    page: { elements: doc.getElementsByTagName('*').length, iframes: doc.getElementsByTagName('iframe').length },
    transcript: transcript
      ? {
          path: pathOf(transcript),
          children: rows.length,
          scrollable: transcript.scrollHeight > transcript.clientHeight,
          firstRows: rows.slice(0, 3).map((r) => rowShape(r)),
          lastRows: rows.slice(-3).map((r) => rowShape(r)),
        }
      : null,
    composer: composer ? { path: pathOf(composer) } : null,
  };
  return JSON.stringify(report, null, 2);
}
