// biome-ignore-all lint/correctness/noPrecisionLoss: the AS 241 coefficients are kept digit for digit as published, so they can be checked against the paper; rounding them to doubles is intended.
/**
 * The standard normal distribution, to double precision, without dependencies.
 * Used for the z of a confidence level and the p-value of a comparison.
 */

/**
 * The z with P(Z ≤ z) = p for a standard normal Z (Wichura 1988, Algorithm AS 241 "PPND16",
 * relative error about 1e-16 — the same algorithm as R's qnorm and Python's NormalDist.inv_cdf).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    return Number.NaN;
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(CENTRAL_NUM, r)) / horner(CENTRAL_DEN, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x =
    r <= 5 ? horner(NEAR_NUM, r - 1.6) / horner(NEAR_DEN, r - 1.6) : horner(FAR_NUM, r - 5) / horner(FAR_DEN, r - 5);
  return q < 0 ? -x : x;
}

// AS 241 coefficients, highest power first, exactly as published.
const CENTRAL_NUM = [
  2.5090809287301226727e3, 3.3430575583588128105e4, 6.7265770927008700853e4, 4.5921953931549871457e4,
  1.3731693765509461125e4, 1.9715909503065514427e3, 1.3314166789178437745e2, 3.387132872796366608,
];
const CENTRAL_DEN = [
  5.226495278852854561e3, 2.8729085735721942674e4, 3.930789580009271061e4, 2.1213794301586595867e4,
  5.3941960214247511077e3, 6.871870074920579083e2, 4.2313330701600911252e1, 1,
];
const NEAR_NUM = [
  7.7454501427834140764e-4, 2.27238449892691845833e-2, 2.4178072517745061177e-1, 1.27045825245236838258,
  3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734,
];
const NEAR_DEN = [
  1.05075007164441684324e-9, 5.475938084995344946e-4, 1.51986665636164571966e-2, 1.4810397642748007459e-1,
  6.8976733498510000455e-1, 1.6763848301838038494, 2.05319162663775882187, 1,
];
const FAR_NUM = [
  2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2,
  2.9656057182850489123e-1, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772,
];
const FAR_DEN = [
  2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
  1.48753612908506148525e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1,
];

function horner(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (const c of coefficients) sum = sum * x + c;
  return sum;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return z < 0 ? erfc(-z / Math.SQRT2) / 2 : 1 - erfc(z / Math.SQRT2) / 2;
}

/** P(|Z| ≥ |z|): the two-sided p-value of a z statistic, accurate far into the tail. */
export function twoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** The complementary error function for x ≥ 0. */
function erfc(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < 2) {
    // erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ x / (1·3·…·(2n+1)): every term is positive, so no cancellation.
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; term > sum * 1e-17; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
    }
    return 1 - TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  }
  // Laplace's continued fraction erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))),
  // evaluated from the tail; 60 levels are far more than double precision needs for x ≥ 2.
  let t = x;
  for (let k = 60; k >= 1; k--) t = x + k / 2 / t;
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * t);
}
