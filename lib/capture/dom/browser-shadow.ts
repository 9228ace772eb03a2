import { openShadowRoots, type ShadowAccess } from './shadow';

interface DomApi {
  openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null;
}

/**
 * Shadow-root access for a content script. Chromium offers chrome.dom.openOrClosedShadowRoot (88+), Firefox an
 * element property of the same name. Closed roots are only probed on custom elements (names with a hyphen): vendor
 * widgets are built from those, and probing every element of a 20,000-node page through an extension API would
 * cost the page time for nothing.
 */
export function shadowAccess(dom: DomApi | undefined): ShadowAccess {
  const viaApi = dom?.openOrClosedShadowRoot;
  return (el) => {
    if (el.shadowRoot) return el.shadowRoot;
    if (!el.localName.includes('-')) return null;
    try {
      const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
      if (firefox !== undefined) return firefox;
      return viaApi ? viaApi(el as HTMLElement) : null;
    } catch {
      return null;
    }
  };
}

export { openShadowRoots };
