'use strict';
// Turns the workloads' raw repetitions into the summary (min / median / max, ratio to the
// reference per repetition, coefficient of variation) and the Markdown table.
const { spread } = require('./stats');

function summarise(workloads) {
  return workloads.map((workload) => ({
    ...workload,
    cases: (workload.cases ?? []).map((testCase) => ({
      ...testCase,
      metrics: testCase.metrics.map((entry) => {
        const ratios = entry.ours.map((value, index) => value / entry.reference[index]);
        return { ...entry, summary: { ours: spread(entry.ours), reference: spread(entry.reference), ratio: spread(ratios) } };
      }),
    })),
  }));
}

function format(value, unit) {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'ms') return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  if (unit === 'MiB') return value.toFixed(0);
  return Math.round(value).toLocaleString('en');
}

function ratio(value) {
  if (!Number.isFinite(value)) return '–';
  return value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function range(summary, render) {
  if (summary.n === 0) return '–';
  if (summary.n === 1) return render(summary.median);
  return `${render(summary.median)} (${render(summary.min)}–${render(summary.max)})`;
}

function table(workloads) {
  const lines = [
    '| workload | case | metric | ours: median (min–max) | reference | reference: median | ratio ours ÷ ref: median (min–max) | CV ours |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const workload of workloads) {
    if (workload.error) {
      lines.push(`| ${workload.title} | failed: ${workload.error.split('\n')[0].replace(/\|/g, '/')} | | | | | | |`);
      continue;
    }
    if (workload.cases.length === 0) lines.push(`| ${workload.title} | not measured (see notes) | | | | | | |`);
    for (const testCase of workload.cases) {
      for (const entry of testCase.metrics) {
        const { ours, reference, ratio: ratios } = entry.summary;
        const arrow = entry.better === 'higher' ? '↑' : '↓';
        lines.push(
          `| ${workload.title} | ${testCase.name} | ${entry.metric} ${arrow} (${entry.unit}) | ${range(ours, (value) => format(value, entry.unit))} | ${testCase.reference} | ` +
            `${format(reference.median, entry.unit)} | ${range(ratios, ratio)} | ${ours.n > 1 ? `${(ours.cv * 100).toFixed(0)} %` : '–'} |`,
        );
      }
    }
  }
  return lines.join('\n');
}

function notes(workloads) {
  return workloads
    .flatMap((workload) => [
      ...(workload.notes ?? []).map((note) => `- ${workload.title}: ${note}`),
      ...(workload.load
        ? [
            `- ${workload.title}: ran ${workload.seconds.toFixed(0)} s; load average ${workload.load.before.toFixed(1)} before, ${workload.load.after.toFixed(1)} after.`,
          ]
        : []),
    ])
    .join('\n');
}

function machineLine(machine) {
  return (
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB RAM, ${machine.platform} ${machine.release}, Node ${machine.node}, ` +
    `SQLite ${machine.sqlite}; BENCH_SCALE=${machine.scale}${machine.memoryScale !== undefined && machine.memoryScale !== machine.scale ? `, BENCH_MEMORY_SCALE=${machine.memoryScale}` : ''}, ${machine.repetitions} repetitions; load average at start ${machine.loadAtStart.map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min)`
  );
}

function markdown(result) {
  return [
    `### Results of ${result.startedAt} (${result.totalSeconds.toFixed(0)} s)`,
    '',
    `Machine: ${machineLine(result.machine)}.`,
    '',
    'Ratio = ours ÷ reference for each repetition, then min / median / max over repetitions: for ↑ metrics above 1 is better than the reference, for ↓ metrics below 1 is. CV = coefficient of variation of ours over repetitions (a noise indicator).',
    '',
    table(result.workloads),
    '',
    notes(result.workloads),
    '',
  ].join('\n');
}

module.exports = { summarise, markdown, table };
