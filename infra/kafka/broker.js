#!/usr/bin/env node
// A single-node Apache Kafka broker (KRaft: broker and controller in one JVM) from the released jars, no
// container: the tests start one per run, a developer starts one by hand.
//   npm run kafka -- start [--port 9092] [--data <folder>]   starts in the background, creates the topics of topics.txt
//   npm run kafka -- status | stop [--data <folder>]
//   npm run kafka -- fetch                                   only downloads the jars (Maven, once, into a cache)
//   npm run kafka -- topics                                  writes topics.txt from the declaration in the code
'use strict';
const { createHash, randomBytes } = require('node:crypto');
const { spawn } = require('node:child_process');
const { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const support = require('../support');

const POM = join(__dirname, 'pom.xml');
const TOPICS_FILE = join(__dirname, 'topics.txt');
const READY_TIMEOUT = 90_000;
const MARKER = 'kafka.Kafka';

const pomText = () => readFileSync(POM, 'utf8');
const kafkaVersion = () => /<kafka\.version>([^<]+)</.exec(pomText())?.[1] ?? 'unknown';
const jarsFolder = () =>
  join(support.cacheRoot(), `kafka-${kafkaVersion()}-${createHash('sha256').update(pomText()).digest('hex').slice(0, 8)}`);

/** Why this machine cannot run the broker, or undefined when it can (jars cached, or Java and Maven to fetch them). */
function unavailableReason() {
  if (!support.hasCommand('java', ['-version'])) return 'Java is not installed';
  if (existsSync(join(jarsFolder(), '.complete'))) return undefined;
  if (!support.hasCommand('mvn', ['-v'])) return 'the Kafka jars are not cached and Maven is not installed to fetch them';
  return undefined;
}

/** Downloads the pinned broker's jars once; concurrent runs each fetch into their own folder and the first to finish wins. */
async function ensureJars({ log = () => undefined } = {}) {
  const folder = jarsFolder();
  if (existsSync(join(folder, '.complete'))) return folder;
  const reason = unavailableReason();
  if (reason) throw new Error(`Cannot run Kafka here: ${reason}`);
  log(`Fetching Apache Kafka ${kafkaVersion()} with Maven into ${folder} (once)`);
  const staging = mkdtempSync(`${folder}.fetching-`);
  try {
    await support.run('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${join(staging, 'libs')}`]);
    writeFileSync(join(staging, '.complete'), new Date().toISOString());
    if (!existsSync(join(folder, '.complete'))) {
      rmSync(folder, { recursive: true, force: true });
      renameSync(staging, folder);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return folder;
}

function serverProperties({ port, controllerPort, dataFolder, host }) {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://${host}:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    `log.dirs=${join(dataFolder, 'logs')}`,
    // As in production: a topic that nobody declared fails loudly instead of appearing with default settings.
    'auto.create.topics.enable=false',
    'num.partitions=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    '',
  ].join('\n');
}

const LOG_SETTINGS = [
  'rootLogger.level=WARN',
  'rootLogger.appenderRef.out.ref=OUT',
  'appender.out.type=Console',
  'appender.out.name=OUT',
  'appender.out.layout.type=PatternLayout',
  'appender.out.layout.pattern=[%d] %p %m (%c)%n',
  '',
].join('\n');

const javaArguments = (jars, dataFolder) => [
  '-Xms128m',
  '-Xmx512m',
  '-XX:+UseSerialGC',
  `-Dlog4j2.configurationFile=${join(dataFolder, 'log4j2.properties')}`,
  '-cp',
  join(jars, 'libs', '*'),
];

const tail = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '');

/** Answers once a client fetches the cluster's metadata. */
async function answers(brokers, timeoutMilliseconds = 2_000) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({
    clientId: 'ia-broker-script',
    brokers,
    connectionTimeout: timeoutMilliseconds,
    requestTimeout: timeoutMilliseconds,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * Starts a broker in `dataFolder` (formatting it the first time) and waits until it answers. `detached`
 * leaves it running after this process ends (the developer's broker); otherwise it is recorded so that a
 * later run stops it should this process die without calling stop().
 */
async function startBroker(options = {}) {
  await support.sweepAbandoned();
  const jars = await ensureJars(options);
  const dataFolder = options.dataFolder ?? mkdtempSync(join(support.cacheRoot(), 'kafka-run-'));
  mkdirSync(dataFolder, { recursive: true });
  const settingsFile = join(dataFolder, 'server.properties');
  const statePath = join(dataFolder, 'broker.json');
  let state = existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : undefined;
  if (!state) {
    const port = options.port || (await support.freePort());
    state = { port, controllerPort: options.controllerPort || (await support.freePort()), host: options.host ?? '127.0.0.1' };
    writeFileSync(settingsFile, serverProperties({ ...state, dataFolder }));
    writeFileSync(join(dataFolder, 'log4j2.properties'), LOG_SETTINGS);
    const clusterId = randomBytes(16).toString('base64url');
    await support.run('java', [
      ...javaArguments(jars, dataFolder),
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      settingsFile,
    ]);
    writeFileSync(statePath, JSON.stringify(state));
  }
  const brokers = [`127.0.0.1:${state.port}`];
  const logFile = join(dataFolder, 'broker.log');
  let child;
  const launch = async () => {
    const output = openSync(logFile, 'a');
    child = spawn('java', [...javaArguments(jars, dataFolder), MARKER, settingsFile], {
      stdio: ['ignore', output, output],
      detached: Boolean(options.detached),
    });
    closeSync(output);
    if (options.detached) child.unref();
    else support.recordRunning({ kind: 'kafka', pid: child.pid, folder: options.dataFolder ? undefined : dataFolder, marker: MARKER });
    let exited = false;
    child.once('exit', () => (exited = true));
    await support.waitUntil(() => answers(brokers), {
      timeoutMilliseconds: READY_TIMEOUT,
      what: `Kafka at kafka://${brokers[0]}`,
      stillRunning: () => !exited,
      explain: () => `Its log (${logFile}):\n${tail(logFile)}`,
    });
  };
  await launch();
  writeFileSync(statePath, JSON.stringify({ ...state, pid: child.pid }));

  const stopJava = async () => {
    await support.stopProcess(child.pid);
    support.forgetRunning('kafka', child.pid);
  };
  return {
    brokers,
    port: state.port,
    dataFolder,
    version: kafkaVersion(),
    pid: () => child.pid,
    /** Stops the broker and keeps its data, so that restart() brings back every topic and offset. */
    stop: stopJava,
    restart: launch,
    /** A broker that accepts connections and never answers: SIGSTOP, until resume(). */
    pause: () => process.kill(child.pid, 'SIGSTOP'),
    resume: () => process.kill(child.pid, 'SIGCONT'),
    /** Stops the broker and deletes its data (unless the caller chose the folder). */
    async close() {
      await stopJava();
      if (!options.dataFolder) rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}

/** The declared topics of topics.txt: `<name> <partitions> <replication> [key=value,...]`. */
function declaredTopics(text = readFileSync(TOPICS_FILE, 'utf8')) {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [name, partitions, replication, configs = ''] = line.split(/\s+/);
      const entries = configs ? configs.split(',').map((pair) => pair.split('=')) : [];
      return { name, partitions: Number(partitions), replication: Number(replication), configs: Object.fromEntries(entries) };
    });
}

/** Creates the missing declared topics on a single broker: replication and min.insync.replicas capped at 1. */
async function createDeclaredTopics(brokers) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({ clientId: 'ia-broker-script', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = declaredTopics().filter((topic) => !existing.has(topic.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic: topic.name,
          numPartitions: topic.partitions,
          replicationFactor: 1,
          configEntries: Object.entries({
            ...topic.configs,
            ...('min.insync.replicas' in topic.configs && { 'min.insync.replicas': '1' }),
          }).map(([name, value]) => ({ name, value })),
        })),
      });
    }
    return missing.length;
  } finally {
    await admin.disconnect();
  }
}

async function main([command = 'status', ...rest]) {
  const flag = (name) => {
    const index = rest.indexOf(`--${name}`);
    return index >= 0 ? rest[index + 1] : undefined;
  };
  const dataFolder = flag('data') ?? join(support.cacheRoot(), 'kafka-developer');
  const statePath = join(dataFolder, 'broker.json');
  const state = () => (existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : undefined);
  const running = () => state()?.pid !== undefined && support.isAlive(state().pid);
  switch (command) {
    case 'topics': {
      const root = join(__dirname, '..', '..');
      await support.run(process.execPath, [join(root, 'tools', 'build.mjs'), '--quiet'], { cwd: root });
      const { renderTopicsFile } = require(join(root, 'dist', 'libs', 'platform', 'src', 'engines', 'declared-topics.js'));
      writeFileSync(TOPICS_FILE, renderTopicsFile());
      return console.log(`Wrote ${TOPICS_FILE}`);
    }
    case 'fetch':
      console.log(`Kafka ${kafkaVersion()} jars in ${await ensureJars({ log: console.log })}`);
      return;
    case 'start': {
      if (running()) return console.log(`Kafka already running on 127.0.0.1:${state().port} (pid ${state().pid})`);
      const port = Number(flag('port') ?? process.env.KAFKA_PORT ?? 9092);
      const host = flag('host') ?? 'localhost';
      const broker = await startBroker({ port, dataFolder, detached: true, host, log: console.log });
      const created = await createDeclaredTopics(broker.brokers);
      console.log(
        `Kafka ${broker.version} on ${host}:${broker.port} (pid ${broker.pid()}, data in ${dataFolder}); ${created} topics created`,
      );
      console.log(`IA_BUS=kafka://${host}:${broker.port}`);
      return;
    }
    case 'stop':
      if (!running()) return console.log('Kafka is not running');
      await support.stopProcess(state().pid);
      return console.log('Kafka stopped');
    case 'status':
      if (!running()) {
        process.exitCode = 3;
        return console.log('Kafka is not running');
      }
      console.log(
        `Kafka running on localhost:${state().port} (pid ${state().pid}), ${(await answers([`127.0.0.1:${state().port}`])) ? 'answering' : 'not answering'}`,
      );
      return;
    default:
      throw new Error(`unknown command ${command}: expected start, stop, status, fetch or topics`);
  }
}

module.exports = { startBroker, ensureJars, unavailableReason, declaredTopics, createDeclaredTopics, kafkaVersion, answers };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
