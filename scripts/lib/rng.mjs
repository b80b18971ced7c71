// A small seeded PRNG (mulberry32), shared by the accuracy benchmark's jitter and the unit tests'
// synthetic pose sequences, so every run sees the same noise.

/** Returns a function giving uniform numbers in [0, 1), the same sequence for the same seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
