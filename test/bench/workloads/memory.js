'use strict';
// Workload 6: the suite's resident memory, idle and after boot catch-up over 10,000 projects' worth
// of events (~2 million). The history is real: one project's life is driven through the suite's own
// HTTP API (whatever of it exists), its events become a template, and the template is copied with
// fresh ids straight into the SQLite file before boot. Bus checkpoints are set to the head, as on a
// suite that had been running; the read models (memory) rebuild at boot, each from its own stream categories.
const { copyFileSync, existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const env = require('../lib/env');
const { createHash } = require('node:crypto');
const { INSERT, idFactory } = require('../lib/events');
const { call } = require('../lib/http-load');
const { startService } = require('../lib/service');
const { startSuite, openApiPaths, authorization, leadBody } = require('../lib/suite');
const { metric } = require('../lib/result');

const EVENTS_PER_PROJECT = 200;
const FOLLOW_UPS = 30;
const SETTLE_MILLISECONDS = 2_000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MILLISECONDS));

/** One project's life through the API that exists now; returns what it did. */
async function driveTemplateProject(port, followUps) {
  const paths = await openApiPaths(port);
  const promoter = authorization('promoter');
  const admin = authorization('admin');
  const done = [];
  const post = async (path, headers, body, label) => {
    const response = await call(port, path === '/api/v1/park-policies/xiangxiang-edz' ? 'PUT' : 'POST', path, headers, body);
    if (response.status >= 300) throw new Error(`${label}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  if (!paths['/api/v1/leads']) return { done, note: 'the suite has no lead intake: nothing to copy' };
  if (paths['/api/v1/park-policies/{parkId}']) {
    await post(
      '/api/v1/park-policies/xiangxiang-edz',
      admin,
      { wantedIndustries: ['C38'], excludedIndustries: [], minimumInvestmentIntensity: 250, minimumTaxPerMu: 15, minimumJobs: 100 },
      'park policy',
    );
    done.push('park policy');
  }
  const { id } = await post('/api/v1/leads', promoter, leadBody('TEMPLATE', 0), 'register lead');
  done.push('register lead');
  if (paths['/api/v1/leads/{id}/follow-ups']) {
    for (let index = 0; index < followUps; index += 1) {
      await post(
        `/api/v1/leads/${id}/follow-ups`,
        promoter,
        {
          channel: ['phone', 'visit', 'meeting', 'wechat'][index % 4],
          summary: `第${index + 1}次跟进：企业计划扩大产能，关注标准厂房租金、用地指标和人才公寓配套，约定下周提交投资意向书。`,
          nextStep: '提交投资意向书',
          nextStepOn: '2026-03-09',
        },
        'follow-up',
      );
    }
    done.push(`${followUps} follow-ups`);
  }
  if (paths['/api/v1/leads/{id}/site-visits']) {
    await post(
      `/api/v1/leads/${id}/site-visits`,
      promoter,
      { visitedOn: '2026-03-05', visitors: ['张伟', '李明'], summary: '实地考察标准厂房和配套设施' },
      'site visit',
    );
    done.push('site visit');
  }
  if (paths['/api/v1/leads/{id}/screenings']) {
    await post(`/api/v1/leads/${id}/screenings`, promoter, { decision: 'qualify', reason: '符合园区产业政策' }, 'screening');
    done.push('screening (qualify)');
  }
  return { done };
}

const TOKEN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{64}\b/g;
const COLUMNS = [
  'event_id',
  'stream_name',
  'stream_revision',
  'type',
  'schema_version',
  'data',
  'metadata',
  'recorded_at',
  'project_id',
  'lead_id',
];

/**
 * Compiles the template rows into segments around every id (UUIDs and 64-hex hashes). A copy
 * replaces each distinct id by one made of the id's prefix and a suffix naming the copy and the id,
 * unique across copies; the all-zero genesis hash stays. So each copy has its own streams, events,
 * correlation and chain fields, and the company-name tag is made unique too.
 */
function compileTemplate(rows) {
  const tokens = new Map();
  const compile = (value) => {
    if (typeof value !== 'string') return [value];
    const parts = [];
    let last = 0;
    for (const match of value.matchAll(TOKEN)) {
      if (/^0+$/.test(match[0])) continue;
      if (!tokens.has(match[0])) tokens.set(match[0], tokens.size);
      parts.push(value.slice(last, match.index), tokens.get(match[0]));
      last = match.index + match[0].length;
    }
    parts.push(value.slice(last));
    return parts;
  };
  const compiled = rows.map((row) => COLUMNS.map((column) => compile(row[column])));
  const list = [...tokens.keys()];
  return {
    tokens: list.length,
    *copy(copyNumber) {
      const suffix = (copyNumber & 0xffffff).toString(16).padStart(6, '0');
      const mapped = list.map((token, index) => `${token.slice(0, token.length - 12)}${suffix}${index.toString(16).padStart(6, '0')}`);
      for (const columns of compiled) {
        yield columns.map((parts) => {
          if (parts.length === 1) return parts[0];
          let text = '';
          for (let index = 0; index < parts.length; index += 1) text += index % 2 === 0 ? parts[index] : mapped[parts[index]];
          return text.replaceAll('TEMPLATE0号', `C${copyNumber}号`);
        });
      }
    },
  };
}

/**
 * The contexts that a project meets after lead intake are not all in the suite yet: the rest of a
 * project's ~200 events are filler rows in a category no projection reads (`benchwork-<id>`), the
 * size of real events and correlated to the project. Projections read only the categories they
 * declare, so they skip the filler by index: the boot figure is a lower bound for a store whose
 * events all belong to the suite's contexts, where each projection reads its own context's share.
 */
function fillerRows(own, count) {
  const lead = own.find((row) => row.lead_id)?.lead_id ?? own[0].event_id;
  const newId = idFactory();
  const streams = Array.from({ length: 4 }, () => `benchwork-${newId()}`);
  const last = own.at(-1);
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const eventId = newId();
    return {
      event_id: eventId,
      stream_name: streams[index % streams.length],
      stream_revision: Math.floor(index / streams.length),
      type: 'WorkItemRecorded',
      schema_version: 1,
      data: JSON.stringify({
        itemId: newId(),
        leadId: lead,
        step: index,
        note: '按计划推进，材料齐全，已通过部门会审，下一步安排现场核验并出具意见。',
        on: '2026-04-15',
        by: 'bench-agent',
      }),
      metadata: JSON.stringify({
        actor: { id: 'bench-agent', role: 'agent' },
        occurredAt: last.recorded_at,
        correlationId: newId(),
        causationId: eventId,
        leadId: lead,
        previousHash: '0'.repeat(64),
        hash: createHash('sha256').update(eventId).digest('hex'),
      }),
      recorded_at: last.recorded_at,
      project_id: null,
      lead_id: lead,
    };
  });
}

function buildHistory(templateDirectory, directory, projects) {
  const Database = env.Database();
  const template = new Database(join(templateDirectory, 'events.sqlite'), { readonly: true });
  const rows = template.prepare(`SELECT ${COLUMNS.join(', ')} FROM events ORDER BY position`).all();
  const subscribers = template
    .prepare("SELECT subscriber FROM checkpoints WHERE subscriber LIKE 'bus:%'")
    .all()
    .map((row) => row.subscriber);
  template.close();
  for (const name of readdirSync(templateDirectory))
    if (name.startsWith('keys.sqlite')) copyFileSync(join(templateDirectory, name), join(directory, name));
  // Streams without an id in their name (a park's policy) are shared by every project: written once.
  const named = (row) => new RegExp(TOKEN.source).test(row.stream_name);
  const shared = rows.filter((row) => !named(row));
  const own = rows.filter(named);
  const filler = fillerRows(own, EVENTS_PER_PROJECT - own.length);
  const compiled = compileTemplate([...own, ...filler]);
  const database = env.sqliteSchema().openDatabase(Database, join(directory, 'events.sqlite'));
  database.pragma('journal_mode = DELETE');
  database.pragma('journal_mode = OFF');
  database.pragma('synchronous = OFF');
  database.pragma('cache_size = -262144');
  const insert = database.prepare(INSERT);
  database.transaction(() => {
    for (const row of shared) insert.run(COLUMNS.map((column) => row[column]));
    for (let copy = 0; copy < projects; copy += 1) for (const row of compiled.copy(copy)) insert.run(row);
  })();
  const head = database.prepare('SELECT MAX(position) AS head FROM events').get().head;
  const save = database.prepare(
    'INSERT INTO checkpoints (subscriber, position, updated_at) VALUES (?, ?, ?) ON CONFLICT (subscriber) DO UPDATE SET position = excluded.position',
  );
  for (const subscriber of subscribers) save.run(subscriber, head, new Date().toISOString());
  database.pragma('journal_mode = WAL');
  database.close();
  return { head, perProject: own.length + filler.length, real: own.length, filler: filler.length, tokens: compiled.tokens, subscribers };
}

async function run() {
  // The suite's own boot over ~2 million events takes minutes on two cores: BENCH_MEMORY_SCALE scales
  // this workload alone (default: BENCH_SCALE).
  const memoryScale = process.env.BENCH_MEMORY_SCALE === undefined ? env.scale() : Number(process.env.BENCH_MEMORY_SCALE);
  if (!(memoryScale > 0 && memoryScale <= 10))
    throw new Error(`BENCH_MEMORY_SCALE: expected a number in (0, 10], got "${process.env.BENCH_MEMORY_SCALE}"`);
  const projects = Math.max(20, Math.round(10_000 * memoryScale));
  const idleDirectory = env.temporaryDirectory('memory-idle');
  const loadedDirectory = env.temporaryDirectory('memory-loaded');
  const notes = [];
  const rss = metric('RSS after boot', 'MiB', 'lower');
  const peak = metric('peak RSS', 'MiB', 'lower');
  const boot = metric('boot to healthy', 'ms', 'lower');
  const idleRss = metric('RSS idle', 'MiB', 'lower');
  try {
    // Idle: the suite on an empty data folder, against a bare NestJS app (the framework's floor).
    const bare = await startService(join(__dirname, '../apps/bare-nest.js'), { healthPath: '/api/v1/health', label: 'bare Nest' });
    await settle();
    const bareMemory = bare.memory();
    await bare.stop();
    const idle = await startSuite(idleDirectory);
    await settle();
    const idleMemory = idle.memory();
    idleRss.ours.push(idleMemory.rssMiB);
    idleRss.reference.push(bareMemory.rssMiB);
    env.log(`memory: suite idle ${Math.round(idleMemory.rssMiB)} MiB, bare Nest ${Math.round(bareMemory.rssMiB)} MiB`);
    // The template: one project driven through the API, then the suite stops and its events are copied.
    let template;
    try {
      template = await driveTemplateProject(idle.port, FOLLOW_UPS);
    } finally {
      await idle.stop();
    }
    if (template.done.length === 0) {
      return {
        workload: 'memory',
        title: '6. Memory',
        cases: [{ name: 'suite idle', reference: 'bare NestJS app', metrics: [idleRss] }],
        notes: [`Loaded suite not measured: ${template.note}.`],
      };
    }
    const generationStarted = Date.now();
    const history = buildHistory(idleDirectory, loadedDirectory, projects);
    env.log(
      `memory: wrote ${history.head} events (${projects} projects × ${history.perProject}) in ${((Date.now() - generationStarted) / 1000).toFixed(1)} s`,
    );
    // Boot catches up every projection over its categories, and the key subscription over the whole log, before the port opens.
    const loaded = await startSuite(loadedDirectory, {}, 15 * 60_000);
    try {
      boot.ours.push(loaded.bootMilliseconds);
      boot.reference.push(idle.bootMilliseconds);
      await settle();
      const memory = loaded.memory();
      rss.ours.push(memory.rssMiB);
      rss.reference.push(idleMemory.rssMiB);
      peak.ours.push(memory.peakRssMiB);
      peak.reference.push(idleMemory.peakRssMiB);
      const projections = await call(loaded.port, 'GET', '/api/v1/operations/projections', authorization('admin'));
      const listed = projections.status === 200 && Array.isArray(projections.body.projections) ? projections.body.projections : [];
      const behind = listed.filter((entry) => entry.position < history.head);
      if (behind.length > 0) notes.push(`Projections behind the head after boot: ${JSON.stringify(behind)}.`);
      notes.push(
        `The suite kept ${listed.length} projections (${listed.map((entry) => entry.name).join(', ')}); each reads only its stream categories at boot (none reads the filler), and the idempotency-key subscription follows the whole log from its checkpoint.`,
      );
      env.log(
        `memory: suite with ${history.head} events: boot ${(loaded.bootMilliseconds / 1000).toFixed(1)} s, RSS ${Math.round(memory.rssMiB)} MiB, peak ${Math.round(memory.peakRssMiB)} MiB`,
      );
    } finally {
      await loaded.stop();
    }
    notes.push(
      `Template project driven over HTTP: ${template.done.join(', ')}, with the reactions other contexts wrote = ${history.real} real events, plus ${history.filler} filler events standing in for the contexts the template does not drive = ${history.perProject}; copied ${projects.toLocaleString('en')} times with fresh ids (${history.tokens} ids per copy) = ${history.head.toLocaleString('en')} events. Hash fields are renamed copies, not valid chains (nothing at boot verifies them); lead-key streams are renamed too, and keys.sqlite is the template's.`,
      `Bus checkpoints (${history.subscribers.join(', ') || 'none'}) set to the head; read models rebuilt at boot. RSS read from /proc/<pid>/status ${SETTLE_MILLISECONDS / 1000} s after /health first answered.`,
    );
    return {
      workload: 'memory',
      title: '6. Memory',
      cases: [
        { name: 'suite idle (empty store)', reference: 'bare NestJS app', metrics: [idleRss] },
        {
          name: `suite after boot over ${history.head.toLocaleString('en')} events (${projects.toLocaleString('en')} projects)`,
          reference: 'suite idle',
          metrics: [rss, peak, boot],
        },
      ],
      notes,
    };
  } finally {
    env.remove(idleDirectory);
    env.remove(loadedDirectory);
  }
}

module.exports = { run, driveTemplateProject, buildHistory };
