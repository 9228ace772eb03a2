/** Whether the person can see an element: rendered, not visibility:hidden, and with a box. */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
  }
  const rects = el.getClientRects();
  return rects.length > 0 && Array.from(rects).some((r) => r.width > 0 && r.height > 0);
}
