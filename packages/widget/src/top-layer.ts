/**
 * Lifts a floating survey into the browser's top layer with the Popover API (`popover="manual"`: no light
 * dismiss, no Escape handling of its own), so no page `z-index`, overlay, `transform` or `filter` on an
 * ancestor can cover it or move it. Returns false where the API is missing (Chrome < 114, Safari < 17,
 * Firefox < 125); the caller then relies on the maximum `z-index`.
 */
export function raiseToTopLayer(el: HTMLElement): boolean {
  if (typeof el.showPopover !== 'function') return false;
  el.popover = 'manual';
  el.showPopover();
  return true;
}
