'use strict';
// The shape every workload returns: cases compared with a reference, one value per repetition.
//   { workload, title, cases: [Case], notes: [string] }
//   Case = { name, reference, metrics: [{ metric, unit, better: 'higher'|'lower', ours: number[], reference: number[] }] }
// A reference value of NaN means the reference could not run; `notes` says why.

function metric(name, unit, better) {
  return { metric: name, unit, better, ours: [], reference: [] };
}

/** A case with throughput and latency metrics, the common shape of the short workloads. */
function throughputCase(name, reference, unit = 'events/s') {
  return {
    name,
    reference,
    metrics: [metric('throughput', unit, 'higher'), metric('p50', 'ms', 'lower'), metric('p99', 'ms', 'lower')],
  };
}

/** Adds one repetition's measurements: { throughput, p50, p99 } for ours and for the reference. */
function record(testCase, ours, reference) {
  for (const entry of testCase.metrics) {
    entry.ours.push(ours ? ours[entry.metric] : NaN);
    entry.reference.push(reference ? reference[entry.metric] : NaN);
  }
}

module.exports = { metric, throughputCase, record };
