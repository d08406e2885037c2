'use strict';
// Small, dependency-free statistics for the harness: percentiles of one sample, and the spread of a
// metric over repetitions (min / median / max and the coefficient of variation, a noise indicator).

/** Nearest-rank percentile of numbers (p from 0 to 100). */
function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Standard deviation over mean (sample), as a fraction; 0 for fewer than two values. */
function coefficientOfVariation(values) {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return mean === 0 ? 0 : Math.sqrt(variance) / mean;
}

function spread(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return { min: NaN, median: NaN, max: NaN, cv: NaN, n: 0 };
  return {
    min: Math.min(...finite),
    median: median(finite),
    max: Math.max(...finite),
    cv: coefficientOfVariation(finite),
    n: finite.length,
  };
}

/** Latency summary in milliseconds from a list of durations in milliseconds. */
function latency(milliseconds) {
  return { p50: percentile(milliseconds, 50), p99: percentile(milliseconds, 99), n: milliseconds.length };
}

/** Milliseconds since an earlier process.hrtime.bigint(). */
function since(started) {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

module.exports = { percentile, median, coefficientOfVariation, spread, latency, since };
