// Statistics for `npm run bench`: medians with distribution-free 95% confidence intervals.

/** The median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** P(X <= k) for X ~ Binomial(n, 1/2). */
function binomCdf(k, n) {
  let p = 0;
  let term = 0.5 ** n; // P(X = 0)
  for (let i = 0; i <= k; i++) {
    p += term;
    term = (term * (n - i)) / (i + 1);
  }
  return p;
}

/**
 * The 95% confidence interval of the median from order statistics: the j-th and (n+1-j)-th
 * smallest samples, j the largest rank whose interval still covers the median with at least 95%
 * probability (Binomial(n, 1/2)). Needs n >= 6; smaller samples give the range.
 */
export function medianCi(xs, level = 0.95) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  let j = 0;
  while (j + 1 <= n / 2 && 1 - 2 * binomCdf(j, n) >= level) j++;
  // Coverage of [s[j-1], s[n-j]] (1-based ranks j and n+1-j) is 1 - 2·P(X <= j-1).
  return j === 0 ? [s[0], s[n - 1]] : [s[j - 1], s[n - j]];
}

/** A small seeded generator (mulberry32), so that the bootstrap is the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ratio of medians a/b with a 95% percentile-bootstrap interval. The samples are paired
 * (taken alternately), so pairs are resampled together.
 */
export function ratioCi(a, b, { rounds = 4000, seed = 7, level = 0.95 } = {}) {
  const n = Math.min(a.length, b.length);
  const next = rng(seed);
  const ratios = [];
  const ra = new Array(n);
  const rb = new Array(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(next() * n);
      ra[i] = a[k];
      rb[i] = b[k];
    }
    ratios.push(median(ra) / median(rb));
  }
  ratios.sort((x, y) => x - y);
  const lo = ratios[Math.floor(((1 - level) / 2) * rounds)];
  const hi = ratios[Math.ceil(((1 + level) / 2) * rounds) - 1];
  return { ratio: median(a) / median(b), ci: [lo, hi] };
}

/** Median, its CI and the count, rounded for reports. */
export function summary(xs, digits = 2) {
  const r = (x) => Number(x.toFixed(digits));
  const [lo, hi] = medianCi(xs);
  return { median: r(median(xs)), ci: [r(lo), r(hi)], n: xs.length, min: r(Math.min(...xs)), max: r(Math.max(...xs)) };
}
