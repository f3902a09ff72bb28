import type { ResponseRecord } from '@npskit/core';
import type { ResolvedOptions } from './options';
import { batchBytes, type Encoded, encodeBatch, encodeRecord, planBatches } from './protocol';

/** Bodies sent with `sendBeacon` stay under this; browsers refuse a beacon that does not fit the budget below. */
export const BEACON_CHUNK_BYTES = 59_999;
/** What all beacons and keepalive requests in flight on a page may carry together (Fetch standard, 64 KiB). */
export const UNLOAD_BUDGET_BYTES = 65_536;

interface PageGlobals {
  document?: { visibilityState?: string; addEventListener?: EventTarget['addEventListener'] } & Partial<EventTarget>;
  addEventListener?: EventTarget['addEventListener'];
  removeEventListener?: EventTarget['removeEventListener'];
  navigator?: { sendBeacon?: (url: string, body: string) => boolean };
}

/**
 * Calls `onHide(false)` on `visibilitychange` → hidden (the last moment mobile browsers reliably give a page),
 * `onHide(true)` on `pagehide` (the page is being left), and `onShow` when the page is visible again.
 * Does nothing outside a browser. Returns the remover.
 */
export function watchUnload(onHide: (leaving: boolean) => void, onShow: () => void): () => void {
  const page = globalThis as PageGlobals;
  const doc = page.document;
  if (typeof doc?.addEventListener !== 'function' || typeof page.addEventListener !== 'function') return () => {};
  const onVisibility = () => (doc.visibilityState === 'hidden' ? onHide(false) : onShow());
  const onPageHide = () => onHide(true);
  doc.addEventListener('visibilitychange', onVisibility);
  page.addEventListener('pagehide', onPageHide);
  return () => {
    doc.removeEventListener?.('visibilitychange', onVisibility);
    page.removeEventListener?.('pagehide', onPageHide);
  };
}

/** What was already sent while the page is hidden, so `visibilitychange` and `pagehide` do not send twice. */
export interface UnloadState {
  bytes: number;
  sent: Map<string, number>;
}

/**
 * Sends the records fire-and-forget: `sendBeacon` when the request needs no custom header, else (or when the beacon is
 * refused) `fetch` with `keepalive`. Nothing is removed from the outbox — a beacon never says whether it arrived — so
 * the records are replayed on the next load and the receiver's upsert makes the duplicate harmless.
 */
export function sendOnUnload(records: readonly ResponseRecord[], options: ResolvedOptions, state: UnloadState): void {
  const beacon = (globalThis as PageGlobals).navigator?.sendBeacon;
  const canBeacon =
    typeof beacon === 'function' &&
    options.contentType === 'text/plain;charset=UTF-8' &&
    Object.keys(options.headers).length === 0;
  const items: Encoded[] = [];
  for (const record of records) {
    if ((state.sent.get(record.id) ?? 0) >= record.revision) continue;
    const item = encodeRecord(record);
    if (item) items.push(item);
  }
  let rest = items;
  while (rest.length > 0) {
    // The last chunk shrinks to what is left of the page budget rather than giving the room up.
    const room = Math.min(options.maxBytes, BEACON_CHUNK_BYTES, UNLOAD_BUDGET_BYTES - state.bytes);
    const batch = room > 0 ? planBatches(rest, options.maxRecords, room).batches[0] : undefined;
    if (!batch) break;
    rest = rest.filter((item) => !batch.includes(item));
    const body = encodeBatch(batch, new Date(options.now()).toISOString());
    let queued = false;
    try {
      // A string body goes out as text/plain;charset=UTF-8, the content type the receiver already accepts.
      queued = canBeacon && beacon.call((globalThis as PageGlobals).navigator, options.endpoint, body);
    } catch {}
    if (!queued) {
      try {
        options
          .fetch(options.endpoint, {
            method: 'POST',
            body,
            keepalive: true,
            headers: { ...options.headers, 'content-type': options.contentType },
          })
          .then(
            (response) => response.body?.cancel().catch(() => {}),
            () => {},
          );
      } catch {}
    }
    state.bytes += batchBytes(batch);
    for (const item of batch) state.sent.set(item.record.id, item.record.revision);
  }
}
