/**
 * MurmurHash3 x86_32 (Austin Appleby, public domain) over the UTF-8 bytes of a string, seed 0.
 *
 * Chosen for sampling because it is short, widely implemented (Java's Guava `murmur3_32`, Python's `mmh3`,
 * most SQL engines via extensions), and its final mix spreads near-identical keys (`user-1`, `user-2`)
 * across the whole 32-bit range — which a plain FNV-1a does poorly for the high bits we divide by.
 * The output must never change: every stored sampling decision depends on it.
 */
export function murmur3(text: string, seed = 0): number {
  let h = seed >>> 0;
  // Bytes are streamed into a 4-byte word so no byte array is allocated per call.
  let word = 0;
  let filled = 0;
  let length = 0;

  const push = (byte: number): void => {
    word |= byte << (filled * 8);
    filled++;
    length++;
    if (filled === 4) {
      h ^= mixK(word);
      h = (h << 13) | (h >>> 19);
      h = (Math.imul(h, 5) + 0xe6546b64) | 0;
      word = 0;
      filled = 0;
    }
  };

  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    // A lone surrogate is encoded as U+FFFD, exactly as TextEncoder does.
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) {
      push(cp);
    } else if (cp < 0x800) {
      push(0xc0 | (cp >> 6));
      push(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      push(0xe0 | (cp >> 12));
      push(0x80 | ((cp >> 6) & 0x3f));
      push(0x80 | (cp & 0x3f));
    } else {
      push(0xf0 | (cp >> 18));
      push(0x80 | ((cp >> 12) & 0x3f));
      push(0x80 | ((cp >> 6) & 0x3f));
      push(0x80 | (cp & 0x3f));
    }
  }

  if (filled > 0) h ^= mixK(word);
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixK(k: number): number {
  let m = Math.imul(k, 0xcc9e2d51);
  m = (m << 15) | (m >>> 17);
  return Math.imul(m, 0x1b873593);
}
