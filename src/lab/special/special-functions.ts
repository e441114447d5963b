/**
 * Special functions of the lab, in double precision, matched against scipy.special:
 * the normal distribution (Cephes `ndtr`/`ndtri`), log-gamma and the regularized incomplete
 * gamma and beta functions, the Beta quantile, the chi-square survival function and the
 * Kolmogorov survival function. Each lives in its own module; this file is their one entry
 * point.
 *
 * Every p-value and interval in the chapter reduces to one of these functions.
 */
export { erf, erfc, normalCdf, normalQuantile } from "./normal-distribution";
export {
  chiSquareSurvival,
  logGamma,
  regularizedGammaP,
  regularizedGammaQ,
} from "./gamma-functions";
export { betaQuantile, regularizedBeta } from "./beta-functions";
export { kolmogorovSurvival } from "./kolmogorov";
