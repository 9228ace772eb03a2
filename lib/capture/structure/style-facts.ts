/**
 * What the page's stylesheets say about an element that markup alone does not: hidden for screen readers only (the
 * clip / 1px recipe written in a class) and painted (a bubble's background or border). Read with getComputedStyle,
 * which is costly, so remembered per tag, class and inline style: elements styled alike look alike.
 */
export interface StyleFacts {
  srOnly: boolean;
  painted: boolean;
}

const MAX_ENTRIES = 2000;

export function isPaintedStyle(style: CSSStyleDeclaration): boolean {
  const bg = style.backgroundColor;
  if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(bg)) return true;
  return !!style.backgroundImage && style.backgroundImage !== 'none';
}

function isSrOnlyStyle(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  if (/rect\(\s*0/.test(style.clip) || /inset\(\s*50%/.test(style.clipPath)) return true;
  return parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1 && style.overflow === 'hidden';
}

export function styleFactsReader(): (el: Element) => StyleFacts {
  const cache = new Map<string, StyleFacts>();
  return (el) => {
    const key = `${el.tagName}.${el.getAttribute('class') ?? ''}.${el.getAttribute('style') ?? ''}`;
    const known = cache.get(key);
    if (known) return known;
    const view = el.ownerDocument.defaultView;
    const style = view?.getComputedStyle(el);
    const facts = style ? { srOnly: isSrOnlyStyle(style), painted: isPaintedStyle(style) } : { srOnly: false, painted: false };
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, facts);
    return facts;
  };
}
