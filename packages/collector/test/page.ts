import { vi } from 'vitest';

/** A body handed to `sendBeacon`. */
export interface Beacon {
  url: string;
  body: string;
}

/**
 * Stubs the page globals the unload path feature-detects (document, window listeners, navigator.sendBeacon).
 * Each accepted beacon is also POSTed to its URL, fire-and-forget, as a browser would.
 */
export function fakePage(options: { beaconAccepts?: boolean } = {}) {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const win = new EventTarget();
  const beacons: Beacon[] = [];
  vi.stubGlobal('document', doc);
  vi.stubGlobal('addEventListener', win.addEventListener.bind(win));
  vi.stubGlobal('removeEventListener', win.removeEventListener.bind(win));
  vi.stubGlobal('navigator', {
    sendBeacon(url: string, body: string) {
      if (options.beaconAccepts === false) return false;
      beacons.push({ url, body });
      fetch(url, { method: 'POST', body }).then(
        (response) => response.body?.cancel(),
        () => {},
      );
      return true;
    },
  });
  return {
    beacons,
    hide() {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      doc.visibilityState = 'visible';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    pagehide() {
      win.dispatchEvent(new Event('pagehide'));
    },
  };
}
