'use strict';
// Event data for the workloads: envelopes shaped like the suite's (lead, agreement, approval,
// parcel, construction and commissioning streams correlated to one project), built fast enough to
// put a million rows in a SQLite file in seconds.
const { createHash, randomBytes } = require('node:crypto');
const env = require('./env');

/** Sortable UUIDv7-shaped ids from a counter: unique within a run, cheap to make by the million. */
function idFactory() {
  const prefix = randomBytes(2).toString('hex');
  let counter = 0;
  return () => {
    const time = Date.now().toString(16).padStart(12, '0');
    const count = (counter++).toString(16).padStart(14, '0');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${prefix.slice(0, 3)}-8${count.slice(0, 3)}-${prefix.slice(3)}${count.slice(3)}`;
  };
}

const PARKS = ['park-hx-01', 'park-hx-02', 'park-jn-01', 'park-jn-02'];
const ACTOR = { id: 'bench-promoter', role: 'promoter' };

/** A follow-up like the ones promoters record, about 300 bytes of JSON with Chinese text. */
function followUpData(newId, index) {
  return {
    followUpId: newId(),
    channel: index % 3 === 0 ? 'visit' : 'phone',
    summary: `第${index + 1}次跟进：企业计划扩大产能，关注标准厂房租金、用地指标和人才公寓配套，约定下周提交投资意向书。`,
    nextStep: '提交投资意向书',
    nextStepOn: '2026-03-09',
    followedUpAt: '2026-03-02T02:00:00.000Z',
  };
}

/** New events (kernel NewEvent) for one stream: what a command would append. */
function newEvents(newId, count, correlation = {}) {
  return Array.from({ length: count }, (_, index) => ({
    eventId: newId(),
    type: 'FollowUpRecorded',
    schemaVersion: 1,
    data: followUpData(newId, index),
    metadata: {
      actor: ACTOR,
      occurredAt: '2026-03-02T02:00:00.000Z',
      correlationId: newId(),
      causationId: newId(),
      ...correlation,
    },
  }));
}

/**
 * The streams and event types of one project's life across the contexts, in the order they happen.
 * `followUps` scales the size: a lead gets many follow-ups before it is signed.
 */
function projectPlan(followUps) {
  return [
    [
      'lead',
      [
        'LeadRegistered',
        'PromoterAssigned',
        ...Array(followUps).fill('FollowUpRecorded'),
        'SiteVisitRecorded',
        'LeadScreened',
        'LeadQualified',
      ],
    ],
    ['agreement', ['AgreementDrafted', 'IncentivesProposed', 'AgreementApproved', 'AgreementSigned']],
    ['lead', ['LeadSigned']],
    ['approval', ['RegistrationItemsOpened', 'ItemCompleted', 'ItemCompleted', 'ItemCompleted', 'ItemCompleted']],
    ['parcel', ['ParcelRegistered', 'ParcelAllocated', 'LandDelivered']],
    ['construction', ['ConstructionStarted', 'MilestoneReached', 'MilestoneReached', 'ConstructionCompleted']],
    ['commissioning', ['CommissioningOpened', 'OutputReported', 'OutputReported', 'CommissioningCompleted']],
  ];
}

function eventsPerProject(followUps) {
  return projectPlan(followUps).reduce((sum, [, types]) => sum + types.length, 0);
}

/** Follow-ups per project so that one project has about `target` events. */
function followUpsFor(target) {
  return Math.max(0, target - eventsPerProject(0));
}

function dataFor(type, newId, index, project) {
  switch (type) {
    case 'LeadRegistered':
      return {
        leadId: project.leadId,
        parkId: project.parkId,
        companyName: `苏州${project.number}号智能制造有限公司`,
        normalisedName: `苏州${project.number}号智能制造`,
        industry: 'C39',
        source: 'promoter',
        intendedInvestment: 50_000_000 + project.number,
        landDemandMu: 40,
        expectedJobs: 300,
        expectedAnnualOutput: 200_000_000,
        expectedAnnualTax: 12_000_000,
        contact: { name: '王经理', phone: '13800000000' },
        registeredAt: '2026-03-02T02:00:00.000Z',
      };
    case 'FollowUpRecorded':
      return followUpData(newId, index);
    case 'LeadQualified':
      return {
        leadId: project.leadId,
        parkId: project.parkId,
        companyName: `苏州${project.number}号智能制造有限公司`,
        qualifiedOn: '2026-03-20',
      };
    case 'AgreementSigned':
      return {
        agreementId: project.ids.agreement,
        projectId: project.projectId,
        leadId: project.leadId,
        signedOn: '2026-04-01',
        investment: 50_000_000,
      };
    default:
      return { projectId: project.projectId, step: type, note: '按计划推进，材料齐全，已通过部门会审。', on: '2026-04-15' };
  }
}

/**
 * Rows exactly as the SQLite adapter stores them (column order of INSERT), for one project. The
 * hash fields are chained sha256 values of the event id and the previous hash: shaped like the
 * adapter's, but not its canonical content hash (nothing here verifies chains, and the real hash
 * costs ~50 µs an event, a minute per million). JSON is written by hand for speed.
 */
function projectRows(newId, number, followUps, recordedAt) {
  const leadId = newId();
  const projectId = newId();
  const project = { number, leadId, projectId, parkId: PARKS[number % PARKS.length], ids: { lead: leadId } };
  const revisions = new Map();
  const hashes = new Map();
  const rows = [];
  const actor = JSON.stringify(ACTOR);
  for (const [category, types] of projectPlan(followUps)) {
    if (!project.ids[category]) project.ids[category] = newId();
    const streamName = `${category}-${project.ids[category]}`;
    for (const [index, type] of types.entries()) {
      const revision = revisions.get(streamName) ?? 0;
      revisions.set(streamName, revision + 1);
      const previousHash = hashes.get(streamName) ?? GENESIS;
      const eventId = newId();
      const hash = createHash('sha256').update(eventId).update(previousHash).digest('hex');
      hashes.set(streamName, hash);
      const correlated = !(category === 'lead' && type !== 'LeadSigned');
      const data =
        type === 'FollowUpRecorded'
          ? `{"followUpId":"${newId()}","channel":"${index % 3 === 0 ? 'visit' : 'phone'}","summary":"第${index + 1}${FOLLOW_UP_TEXT}","nextStep":"提交投资意向书","nextStepOn":"2026-03-09","followedUpAt":"2026-03-02T02:00:00.000Z"}`
          : JSON.stringify(dataFor(type, newId, index, project));
      const metadata =
        `{"actor":${actor},"occurredAt":"${recordedAt}","correlationId":"${leadId}","causationId":"${eventId}",` +
        `${correlated ? `"projectId":"${projectId}",` : ''}"leadId":"${leadId}","previousHash":"${previousHash}","hash":"${hash}"}`;
      rows.push([eventId, streamName, revision, type, 1, data, metadata, recordedAt, correlated ? projectId : null, leadId]);
    }
  }
  return rows;
}

const GENESIS = '0'.repeat(64);
const FOLLOW_UP_TEXT = '次跟进：企业计划扩大产能，关注标准厂房租金、用地指标和人才公寓配套，约定下周提交投资意向书。';

const INSERT = `INSERT INTO events (event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at, project_id, lead_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Creates (or extends) an event-store file with the adapter's own schema and inserts every row the
 * generator yields in one transaction, without the journal: reference data, not a measurement.
 * The file is left in WAL mode, as the adapter opens it.
 */
function bulkInsert(file, rows) {
  const Database = env.Database();
  const database = env.sqliteSchema().openDatabase(Database, file);
  database.pragma('journal_mode = DELETE');
  database.pragma('journal_mode = OFF');
  database.pragma('synchronous = OFF');
  database.pragma('cache_size = -262144');
  const insert = database.prepare(INSERT);
  let count = 0;
  database.transaction(() => {
    for (const row of rows) {
      insert.run(row);
      count += 1;
    }
  })();
  database.pragma('journal_mode = WAL');
  const head = database.prepare('SELECT MAX(position) AS head FROM events').get().head ?? 0;
  database.close();
  return { count, head };
}

/** Rows of `projects` projects of about `perProject` events each, as a lazy sequence. */
function* projectHistory(projects, perProject) {
  const newId = idFactory();
  const followUps = followUpsFor(perProject);
  const recordedAt = new Date().toISOString();
  for (let number = 0; number < projects; number += 1) yield* projectRows(newId, number, followUps, recordedAt);
}

module.exports = {
  idFactory,
  newEvents,
  followUpData,
  projectRows,
  projectHistory,
  eventsPerProject,
  followUpsFor,
  bulkInsert,
  INSERT,
  ACTOR,
};
