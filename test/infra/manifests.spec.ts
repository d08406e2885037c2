import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfiguration } from '@ia/platform';

const root = join(__dirname, '..', '..');
const SERVICES = [
  'lead-intake',
  'contract-signing',
  'approvals',
  'land-delivery',
  'construction',
  'commissioning',
  'project-history',
  'notifications',
  'accounts',
  'console-server',
] as const;
const NOT_PUBLISHING: readonly string[] = ['project-history', 'notifications', 'accounts', 'console-server'];
const PRODUCERS = SERVICES.filter((service) => !NOT_PUBLISHING.includes(service));
/** Services that must run as one pod: notifications' delivery worker is the only sender of each reminder. */
const SINGLE_SENDERS: readonly string[] = ['notifications'];

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);

function mapping(value: unknown, what: string): Mapping {
  if (!isMapping(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value;
}

function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((current, key) => (isMapping(current) ? current[key] : undefined), value);
}

function filesUnder(folder: string, accept: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, accept);
    return accept(entry.name) ? [path] : [];
  });
}

const yamlFiles = ['infra', 'deploy'].flatMap((folder) => filesUnder(join(root, folder), (name) => /\.ya?ml$/.test(name)));

function documents(path: string): Mapping[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).flatMap((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${relative(root, path)}: ${document.errors.map((error) => error.message).join('; ')}`);
    }
    const value: unknown = document.toJS();
    return value === null || value === undefined ? [] : [mapping(value, relative(root, path))];
  });
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? root,
    env: options.env ?? process.env,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withTemporaryFolder<T>(body: (folder: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'ia-infra-'));
  try {
    return body(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('YAML files in infra/ and deploy/', () => {
  it('include the compose file, the kustomizations and one manifest per service', () => {
    const names = yamlFiles.map((path) => relative(root, path));
    expect(names).toEqual(
      expect.arrayContaining([
        'infra/docker-compose.yml',
        'deploy/k8s/base/kustomization.yaml',
        'deploy/k8s/overlays/production/kustomization.yaml',
        ...SERVICES.map((service) => `deploy/k8s/base/${service}.yaml`),
      ]),
    );
  });

  it.each(yamlFiles.map((path) => [relative(root, path), path]))('%s parses into mappings', (_name, path) => {
    expect(documents(path).length).toBeGreaterThan(0);
  });
});

describe('infra/docker-compose.yml', () => {
  const composePath = join(root, 'infra', 'docker-compose.yml');
  const [compose] = documents(composePath);
  const services = mapping(at(compose, 'services'), 'services');
  const namedVolumes = Object.keys(mapping(at(compose, 'volumes'), 'top-level volumes'));
  const environment = (service: string) => mapping(at(services, service, 'environment'), `${service}.environment`);

  it.each(['kafka', 'postgres', 'eventstore', 'redis'])('%s has a health check and keeps its data in a named volume', (name) => {
    const service = mapping(services[name], name);
    const test = at(service, 'healthcheck', 'test');
    expect(Array.isArray(test) ? test.length : 0).toBeGreaterThan(1);
    const sources = list(service['volumes'], `${name}.volumes`).map((volume) =>
      typeof volume === 'string' ? volume.split(':')[0] : at(volume, 'source'),
    );
    expect(sources.some((source) => typeof source === 'string' && namedVolumes.includes(source))).toBe(true);
  });

  it('runs Kafka in KRaft mode with a listener for the host on 9092 and one for containers', () => {
    expect(String(at(services, 'kafka', 'image'))).toMatch(/^apache\/kafka:/);
    const env = environment('kafka');
    expect(String(env['KAFKA_PROCESS_ROLES']).split(',').sort()).toEqual(['broker', 'controller']);
    const advertised = String(env['KAFKA_ADVERTISED_LISTENERS']).split(',');
    expect(advertised).toContain('HOST://localhost:9092');
    expect(advertised.some((listener) => listener.startsWith('INTERNAL://kafka:'))).toBe(true);
    expect(list(at(services, 'kafka', 'ports'), 'kafka.ports')).toContain('127.0.0.1:9092:9092');
    expect(Buffer.from(String(env['CLUSTER_ID']), 'base64url')).toHaveLength(16);
  });

  it('runs EventStoreDB insecure with the standard projections', () => {
    expect(environment('eventstore')).toMatchObject({
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_RUN_PROJECTIONS: 'All',
      EVENTSTORE_START_STANDARD_PROJECTIONS: 'true',
    });
    expect(list(at(services, 'eventstore', 'ports'), 'eventstore.ports')).toContain('127.0.0.1:2113:2113');
  });

  it('runs the Kafka the tests run, from the version pinned in kafka/pom.xml', () => {
    const pinned = /<kafka\.version>([^<]+)</.exec(readFileSync(join(root, 'infra', 'kafka', 'pom.xml'), 'utf8'))?.[1];
    expect(at(services, 'kafka', 'image')).toBe(`apache/kafka:${pinned}`);
    expect(at(services, 'kafka-topics', 'image')).toBe(`apache/kafka:${pinned}`);
  });

  it('runs PostgreSQL on the loopback interface for IA_STORE=postgres://', () => {
    expect(list(at(services, 'postgres', 'ports'), 'postgres.ports')).toContain('127.0.0.1:5432:5432');
  });

  it('runs Redis with the append-only file', () => {
    expect(list(at(services, 'redis', 'command'), 'redis.command').join(' ')).toContain('--appendonly yes');
    expect(list(at(services, 'redis', 'ports'), 'redis.ports')).toContain('127.0.0.1:6379:6379');
  });

  it('creates the topics from topics.txt once Kafka is healthy', () => {
    const init = mapping(services['kafka-topics'], 'kafka-topics');
    expect(at(init, 'depends_on', 'kafka', 'condition')).toBe('service_healthy');
    expect(list(init['volumes'], 'kafka-topics.volumes')).toContain('./kafka:/topics:ro');
    expect(list(init['entrypoint'], 'kafka-topics.entrypoint')).toContain('/topics/create-topics.sh');
    expect(at(init, 'environment', 'TOPICS_FILE')).toBe('/topics/topics.txt');
    expect(at(init, 'environment', 'MAX_REPLICATION')).toBe(1);
  });
});

describe('infra/kafka/topics.txt', () => {
  const topicsPath = join(root, 'infra', 'kafka', 'topics.txt');
  const script = join(root, 'infra', 'kafka', 'create-topics.sh');
  const topics = readFileSync(topicsPath, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [name = '', partitions = '', replication = '', configs = '', ...rest] = line.split(/\s+/);
      return { line, name, partitions: Number(partitions), replication: Number(replication), configs, rest };
    });

  it('has well-formed lines with unique names', () => {
    for (const topic of topics) {
      expect(topic).toMatchObject({ rest: [] });
      expect(Number.isInteger(topic.partitions) && topic.partitions > 0).toBe(true);
      expect(Number.isInteger(topic.replication) && topic.replication > 0).toBe(true);
      for (const pair of topic.configs === '' ? [] : topic.configs.split(',')) expect(pair).toMatch(/^[a-z.]+=\S+$/);
    }
    expect(new Set(topics.map((topic) => topic.name)).size).toBe(topics.length);
  });

  it.each(PRODUCERS)('lists ia.%s.v1 with the default 6 partitions and 3 replicas', (service) => {
    expect(topics.find((topic) => topic.name === `ia.${service}.v1`)).toMatchObject({ partitions: 6, replication: 3 });
  });

  it('names every other topic ia.<service>.v1, ia.<service>.dlq or ia.<service>.<consumer>.dlq', () => {
    for (const { name } of topics) {
      const match = /^ia\.([a-z-]+)\.(v1|dlq|[a-z-]+\.dlq)$/.exec(name);
      expect(match?.[1] !== undefined && (SERVICES as readonly string[]).includes(match[1])).toBe(true);
    }
  });

  function withFakeKafka(existing: string, body: (bin: string, log: string) => void): void {
    withTemporaryFolder((folder) => {
      const log = join(folder, 'calls.log');
      for (const tool of ['kafka-topics.sh', 'kafka-configs.sh']) {
        const path = join(folder, tool);
        writeFileSync(path, `#!/bin/sh\necho "${tool} $*" >> "${log}"\ncase "$*" in *--list*) printf '%s\\n' ${existing} ;; esac\n`);
        chmodSync(path, 0o755);
      }
      body(folder, log);
    });
  }

  it('create-topics.sh creates missing topics, caps replication and updates existing ones', () => {
    withFakeKafka('ia.approvals.v1', (bin, log) => {
      const env = { ...process.env, KAFKA_BIN: bin, MAX_REPLICATION: '1', BOOTSTRAP_SERVERS: 'kafka:19092' };
      const result = run('sh', [script], { env });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      const created = calls.filter((call) => call.includes('--create'));
      expect(created).toHaveLength(topics.length - 1);
      expect(created).toContain(
        'kafka-topics.sh --bootstrap-server kafka:19092 --create --if-not-exists --topic ia.lead-intake.v1 ' +
          '--partitions 6 --replication-factor 1 --config cleanup.policy=delete --config retention.ms=-1 ' +
          '--config min.insync.replicas=1',
      );
      expect(calls).toContain(
        'kafka-configs.sh --bootstrap-server kafka:19092 --alter --entity-type topics --entity-name ia.approvals.v1 ' +
          '--add-config cleanup.policy=delete,retention.ms=-1,min.insync.replicas=1',
      );
    });
  });

  it.each([
    ['a missing replication', 'ia.x.v1 6\n'],
    ['a config without a value', 'ia.x.v1 6 3 retention.ms\n'],
    ['a partition count of zero', 'ia.x.v1 0 3\n'],
  ])('create-topics.sh stops on %s', (_what, content) => {
    withFakeKafka('', (bin) => {
      const topicsFile = join(bin, 'topics.txt');
      writeFileSync(topicsFile, content);
      const result = run('sh', [script], { env: { ...process.env, KAFKA_BIN: bin, TOPICS_FILE: topicsFile } });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('line 1');
    });
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'deploy', 'Dockerfile'), 'utf8');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...args] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: args.join(' ') };
    });
  const stageStarts = instructions.flatMap((instruction, index) => (instruction.keyword === 'FROM' ? [index] : []));
  const finalStage = instructions.slice(stageStarts[stageStarts.length - 1] ?? 0);
  const all = (keyword: string) => instructions.filter((instruction) => instruction.keyword === keyword);
  const defaultNodeImage = /NODE_IMAGE=(\S+)/.exec(
    all('ARG')
      .map((arg) => arg.args)
      .join('\n'),
  )?.[1];

  it('builds in several named stages and runs on node:20-bookworm-slim', () => {
    expect(stageStarts.length).toBeGreaterThanOrEqual(3);
    for (const from of all('FROM')) expect(from.args).toMatch(/ AS [a-z-]+$/i);
    expect(defaultNodeImage).toBe('node:20-bookworm-slim');
    expect(finalStage[0]?.args).toMatch(/^\$\{NODE_IMAGE\} AS runtime$/);
  });

  it('installs the native toolchain before npm ci, builds, and prunes dev dependencies', () => {
    const runs = all('RUN').map((instruction) => instruction.args);
    const toolchain = runs.findIndex((args) => /apt-get install .*python3.*make.*g\+\+/.test(args));
    const install = runs.findIndex((args) => args.includes('npm ci'));
    expect(toolchain).toBeGreaterThanOrEqual(0);
    expect(install).toBeGreaterThan(toolchain);
    expect(runs.some((args) => args.includes('npm run build') && args.includes('npm prune --omit=dev'))).toBe(true);
  });

  it('runs as a non-root user in the final stage and chooses the service from SERVICE', () => {
    const users = finalStage.filter((instruction) => instruction.keyword === 'USER').map((user) => user.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
    expect(finalStage.some((instruction) => instruction.keyword === 'ARG' && instruction.args.startsWith('SERVICE'))).toBe(true);
    expect(finalStage.some((instruction) => instruction.keyword === 'ENV' && instruction.args.includes('SERVICE=${SERVICE}'))).toBe(true);
    expect(finalStage.find((instruction) => instruction.keyword === 'ENTRYPOINT')?.args).toBe('["ia-entrypoint"]');
    expect(dockerfile).toContain('COPY --chmod=0755 deploy/entrypoint.sh /usr/local/bin/ia-entrypoint');
  });

  it('names no registry host in any image', () => {
    const imagesIn = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(imagesIn)
        : isMapping(value)
          ? Object.entries(value).flatMap(([key, inner]) => (key === 'image' && typeof inner === 'string' ? [inner] : imagesIn(inner)))
          : [];
    const images = [defaultNodeImage ?? '', ...yamlFiles.flatMap((path) => documents(path).flatMap(imagesIn))];
    expect(images).toEqual(expect.arrayContaining(['node:20-bookworm-slim', 'apache/kafka:4.1.1', 'postgres:15', 'ia/lead-intake']));
    for (const image of images) {
      const [first = '', ...rest] = image.split('/');
      expect({ image, host: rest.length > 0 && /[.:]|^localhost$/.test(first) }).toEqual({ image, host: false });
    }
  });

  it('keeps local build output and dependencies out of the build context', () => {
    const ignored = readFileSync(join(root, 'deploy', 'Dockerfile.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', 'dist', 'data', '.git', '.nx', '.jest-cache']));
  });

  describe('HEALTHCHECK', () => {
    const healthcheck = all('HEALTHCHECK')[0]?.args ?? '';
    const command = JSON.parse(/CMD (\[.*\])$/.exec(healthcheck)?.[1] ?? '[]') as string[];
    let server: Server;
    let status = 200;

    beforeAll(async () => {
      server = createServer((request, response) => {
        response.statusCode = request.url === '/health' ? status : 404;
        response.end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const probe = (port: number) =>
      new Promise<number>((resolve) => {
        const [program, ...args] = command;
        expect(program).toBe('node');
        execFile(process.execPath, args, { env: { ...process.env, PORT: String(port) } }, (error) =>
          resolve(error === null ? 0 : typeof error.code === 'number' ? error.code : -1),
        );
      });

    it('passes when /health answers 200', async () => {
      status = 200;
      expect(await probe((server.address() as AddressInfo).port)).toBe(0);
    });

    it('fails when /health answers 503', async () => {
      status = 503;
      expect(await probe((server.address() as AddressInfo).port)).toBe(1);
    });

    it('fails when nothing listens', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      expect(await probe(port)).toBe(1);
    });
  });

  describe('entrypoint.sh', () => {
    const entrypoint = join(root, 'deploy', 'entrypoint.sh');
    const withBuiltService = (body: (folder: string) => void) =>
      withTemporaryFolder((folder) => {
        mkdirSync(join(folder, 'dist', 'services', 'approvals'), { recursive: true });
        writeFileSync(
          join(folder, 'dist', 'services', 'approvals', 'main.js'),
          'console.log(JSON.stringify({ service: process.env.SERVICE, args: process.argv.slice(2) }));',
        );
        body(folder);
      });

    it('starts dist/services/$SERVICE/main.js', () => {
      withBuiltService((folder) => {
        const result = run('sh', [entrypoint, '--flag'], {
          cwd: folder,
          env: { ...process.env, SERVICE: 'approvals' },
        });
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({ service: 'approvals', args: ['--flag'] });
      });
    });

    it.each(['', 'nope', '../approvals'])('refuses SERVICE=%j and lists the built services', (service) => {
      withBuiltService((folder) => {
        const result = run('sh', [entrypoint], { cwd: folder, env: { ...process.env, SERVICE: service } });
        expect(result.status).toBe(64);
        expect(result.stderr).toContain('approvals');
      });
    });
  });
});

describe('deploy/k8s', () => {
  const k8s = join(root, 'deploy', 'k8s');
  const base = join(k8s, 'base');
  const baseObjects = readdirSync(base)
    .filter((name) => /\.ya?ml$/.test(name) && name !== 'kustomization.yaml')
    .flatMap((name) => documents(join(base, name)).map((object) => ({ file: name, object })));
  const ofKind = (kind: string) => baseObjects.filter(({ object }) => object['kind'] === kind);
  const named = (kind: string, name: string) => ofKind(kind).find(({ object }) => at(object, 'metadata', 'name') === name);
  const configMap = mapping(ofKind('ConfigMap')[0]?.object, 'the ConfigMap');
  const secret = mapping(ofKind('Secret')[0]?.object, 'the Secret');

  it('has exactly one Deployment per service', () => {
    const names = ofKind('Deployment').map(({ object }) => at(object, 'metadata', 'name'));
    expect([...names].sort()).toEqual([...SERVICES].sort());
  });

  describe.each(SERVICES)('%s', (service) => {
    const deployment = named('Deployment', service);
    const pod = mapping(at(deployment?.object, 'spec', 'template', 'spec'), `${service} pod spec`);
    const containers = list(pod['containers'], `${service} containers`).map((container) => mapping(container, 'container'));
    const [container] = containers;
    const ports = list(at(container, 'ports'), `${service} ports`).map((port) => mapping(port, 'port'));
    const podLabels = mapping(at(deployment?.object, 'spec', 'template', 'metadata', 'labels'), 'pod labels');
    const matches = (selector: unknown) => Object.entries(mapping(selector, 'selector')).every(([key, value]) => podLabels[key] === value);

    it('lives in its own file with its Service', () => {
      expect(deployment?.file).toBe(`${service}.yaml`);
      expect(named('Service', service)?.file).toBe(`${service}.yaml`);
    });

    it('carries the name and part-of labels, and its selector matches its pods', () => {
      expect(podLabels).toMatchObject({ 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': 'ia-suite' });
      expect(at(deployment?.object, 'metadata', 'labels')).toMatchObject({ 'app.kubernetes.io/name': service });
      expect(matches(at(deployment?.object, 'spec', 'selector', 'matchLabels'))).toBe(true);
    });

    it('runs image ia/<service> with SERVICE set to its name', () => {
      expect(containers).toHaveLength(1);
      expect(container?.['image']).toBe(`ia/${service}`);
      expect(list(container?.['env'], 'env')).toContainEqual({ name: 'SERVICE', value: service });
    });

    it.each(['livenessProbe', 'readinessProbe', 'startupProbe'])('has a %s on /health', (probe) => {
      const httpGet = mapping(at(container, probe, 'httpGet'), `${service} ${probe}`);
      expect(httpGet['path']).toBe('/health');
      expect(ports.some((port) => port['name'] === httpGet['port'] || port['containerPort'] === httpGet['port'])).toBe(true);
    });

    it('listens on the PORT of the ConfigMap', () => {
      expect(ports.map((port) => port['containerPort'])).toContain(Number(at(configMap, 'data', 'PORT')));
    });

    it('requests 100m/256Mi and is limited to 1 CPU/512Mi', () => {
      expect(at(container, 'resources')).toEqual({
        requests: { cpu: '100m', memory: '256Mi' },
        limits: { cpu: '1', memory: '512Mi' },
      });
    });

    it('runs as non-root on a read-only root filesystem with an emptyDir for /tmp', () => {
      expect(at(pod, 'securityContext', 'runAsNonRoot')).toBe(true);
      expect(at(container, 'securityContext', 'runAsNonRoot')).toBe(true);
      expect(at(container, 'securityContext', 'readOnlyRootFilesystem')).toBe(true);
      expect(at(container, 'securityContext', 'allowPrivilegeEscalation')).toBe(false);
      const mounts = list(at(container, 'volumeMounts'), 'volumeMounts').map((mount) => mapping(mount, 'mount'));
      const volumes = list(pod['volumes'], 'volumes').map((volume) => mapping(volume, 'volume'));
      for (const path of ['/tmp', at(configMap, 'data', 'IA_DATA_DIR')]) {
        const mount = mounts.find((candidate) => candidate['mountPath'] === path);
        expect(volumes.find((volume) => volume['name'] === mount?.['name'])).toHaveProperty('emptyDir');
      }
    });

    it('takes its settings from the shared ConfigMap and Secret', () => {
      expect(list(at(container, 'envFrom'), 'envFrom')).toEqual([
        { configMapRef: { name: at(configMap, 'metadata', 'name') } },
        { secretRef: { name: at(secret, 'metadata', 'name') } },
      ]);
    });

    it('has a Service that selects its pods and targets its port', () => {
      const serviceObject = named('Service', service)?.object;
      expect(matches(at(serviceObject, 'spec', 'selector'))).toBe(true);
      const targets = list(at(serviceObject, 'spec', 'ports'), 'service ports').map((port) => at(port, 'targetPort'));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        expect(ports.some((port) => port['name'] === target || port['containerPort'] === target)).toBe(true);
      }
    });
  });

  it('has no Service without a Deployment', () => {
    for (const { object } of ofKind('Service')) {
      expect(named('Deployment', String(at(object, 'metadata', 'name')))).toBeDefined();
    }
  });

  it('keeps the engine addresses and topic settings in the ConfigMap, and no secret there', () => {
    const data = mapping(configMap['data'], 'ConfigMap data');
    expect(String(data['IA_STORE'])).toMatch(/^esdb:\/\//);
    expect(String(data['IA_BUS'])).toMatch(/^kafka:\/\//);
    expect(String(data['IA_READ_MODELS'])).toMatch(/^redis:\/\//);
    expect(data).toMatchObject({
      NODE_ENV: 'production',
      IA_KAFKA_REPLICATION_FACTOR: '3',
    });
    expect(data['LOG_LEVEL']).toBeDefined();
    expect(Object.values(data).every((value) => typeof value === 'string')).toBe(true);
    expect(Object.keys(data).filter((key) => /SECRET|PASSWORD|TOKEN/.test(key))).toEqual([]);
  });

  it('is a configuration every service accepts once the Secret holds a real secret', () => {
    const data = mapping(configMap['data'], 'ConfigMap data') as Record<string, string>;
    for (const service of SERVICES) {
      expect(() => loadConfiguration({ ...data, IA_JWT_SECRET: 'a-real-secret-of-at-least-32-characters' }, service)).not.toThrow();
    }
    expect(loadConfiguration({ ...data, IA_JWT_SECRET: 'a-real-secret-of-at-least-32-characters' }).keyStore.kind).toBe('redis');
  });

  it('ships only a CHANGE-ME placeholder as the Secret, marked as a template', () => {
    expect(at(secret, 'stringData', 'IA_JWT_SECRET')).toBe('CHANGE-ME');
    expect(at(secret, 'data')).toBeUndefined();
    const file = ofKind('Secret')[0]?.file ?? '';
    expect(readFileSync(join(base, file), 'utf8')).toMatch(/secret manager/);
  });

  const kustomizations = filesUnder(k8s, (name) => name === 'kustomization.yaml');

  it.each(kustomizations.map((path) => [relative(root, path), path]))('%s lists only resources that exist', (_name, path) => {
    const resources = list(at(documents(path)[0], 'resources'), 'resources').map(String);
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) {
      const target = join(dirname(path), resource);
      const exists = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'kustomization.yaml')));
      expect({ resource, exists }).toEqual({ resource, exists: true });
    }
  });

  it('base kustomization lists every manifest of the folder and labels everything part of ia-suite', () => {
    const [kustomization] = documents(join(base, 'kustomization.yaml'));
    const listed = list(at(kustomization, 'resources'), 'resources').map(String).sort();
    expect(listed).toEqual([...new Set(baseObjects.map(({ file }) => file))].sort());
    const labels = [
      at(kustomization, 'commonLabels'),
      ...(Array.isArray(at(kustomization, 'labels')) ? list(at(kustomization, 'labels'), 'labels') : []).map((entry) => at(entry, 'pairs')),
    ];
    expect(labels).toContainEqual(expect.objectContaining({ 'app.kubernetes.io/part-of': 'ia-suite' }));
  });

  it('production overlay sets a tag for every image and a replica count for every service', () => {
    const [overlay] = documents(join(k8s, 'overlays', 'production', 'kustomization.yaml'));
    expect(list(at(overlay, 'resources'), 'resources')).toContain('../../base');
    const images = list(at(overlay, 'images'), 'images').map((image) => mapping(image, 'image'));
    const replicas = list(at(overlay, 'replicas'), 'replicas').map((entry) => mapping(entry, 'replicas entry'));
    for (const service of SERVICES) {
      expect(images.find((image) => image['name'] === `ia/${service}`)?.['newTag']).toEqual(expect.stringMatching(/^\d+\.\d+\.\d+/));
      const count = replicas.find((entry) => entry['name'] === service)?.['count'];
      if (SINGLE_SENDERS.includes(service)) expect(count).toBe(1);
      else expect(count).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs a single sender as one pod that is stopped before its successor starts', () => {
    for (const service of SINGLE_SENDERS) {
      const deployment = named('Deployment', service)?.object;
      expect(at(deployment, 'spec', 'replicas')).toBe(1);
      expect(at(deployment, 'spec', 'strategy', 'type')).toBe('Recreate');
    }
  });

  it('PostgreSQL overlay moves the store and the person keys to PostgreSQL, with no password in the ConfigMap', () => {
    const [overlay] = documents(join(k8s, 'overlays', 'production-postgresql', 'kustomization.yaml'));
    expect(list(at(overlay, 'resources'), 'resources')).toEqual(['../production']);
    const [patch] = list(at(overlay, 'patches'), 'patches').map((entry) => mapping(entry, 'patch'));
    expect(at(patch, 'target')).toEqual({ kind: 'ConfigMap', name: at(configMap, 'metadata', 'name') });
    const data = { ...(mapping(configMap['data'], 'ConfigMap data') as Record<string, string>) };
    for (const operation of parseAllDocuments(String(patch?.['patch']))[0]?.toJS() as Array<{ op: string; path: string; value?: string }>) {
      const key = operation.path.replace(/^\/data\//, '');
      if (operation.op === 'remove') delete data[key];
      else data[key] = String(operation.value);
    }
    expect(data['IA_STORE']).toMatch(/^postgres:\/\/[^:@]+@/);
    for (const service of SERVICES) {
      const configuration = loadConfiguration({ ...data, IA_JWT_SECRET: 'a-real-secret-of-at-least-32-characters' }, service);
      expect(configuration.store.kind).toBe('postgres');
      expect(configuration.keyStore.kind).toBe('postgres');
    }
  });

  const kubectl = run('kubectl', ['version', '--client']).status === 0;
  if (!kubectl) console.info('deploy/k8s: kubectl not found, skipping the kustomize render check');
  (kubectl ? describe : describe.skip)('rendered with kubectl kustomize', () => {
    const render = (folder: string) => {
      const result = run('kubectl', ['kustomize', join(k8s, folder)]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return parseAllDocuments(result.stdout).map((document) => mapping(document.toJS(), 'rendered object'));
    };

    it('production has the tagged Deployments, their replica counts and no placeholder Secret', () => {
      const objects = render(join('overlays', 'production'));
      const [overlay] = documents(join(k8s, 'overlays', 'production', 'kustomization.yaml'));
      expect(objects.filter((object) => object['kind'] === 'Secret')).toEqual([]);
      for (const service of SERVICES) {
        const deployment = objects.find((object) => object['kind'] === 'Deployment' && at(object, 'metadata', 'name') === service);
        const tag = list(at(overlay, 'images'), 'images').find((image) => at(image, 'name') === `ia/${service}`);
        const count = list(at(overlay, 'replicas'), 'replicas').find((entry) => at(entry, 'name') === service);
        expect(at(deployment, 'spec', 'replicas')).toBe(at(count, 'count'));
        const [container] = list(at(deployment, 'spec', 'template', 'spec', 'containers'), 'containers');
        expect(at(container, 'image')).toBe(`ia/${service}:${String(at(tag, 'newTag'))}`);
        expect(at(deployment, 'spec', 'selector', 'matchLabels', 'app.kubernetes.io/part-of')).toBe('ia-suite');
      }
    });

    it('base renders every object of its files, part of ia-suite', () => {
      const objects = render('base');
      expect(objects).toHaveLength(baseObjects.length);
      for (const object of objects) expect(at(object, 'metadata', 'labels', 'app.kubernetes.io/part-of')).toBe('ia-suite');
    });
  });

  it('file names match the objects they hold', () => {
    for (const { file, object } of ofKind('Deployment')) expect(basename(file, '.yaml')).toBe(at(object, 'metadata', 'name'));
  });

  describe('the Ingress, one address for the browser', () => {
    interface Route {
      readonly pattern: RegExp;
      readonly service: string;
    }
    const ingresses = ofKind('Ingress').map(({ object }) => object);
    const routesOf = (ingress: Mapping) =>
      list(at(ingress, 'spec', 'rules'), 'rules').flatMap((rule) =>
        list(at(rule, 'http', 'paths'), 'paths').map((path) => ({
          path: String(at(path, 'path')),
          type: String(at(path, 'pathType')),
          service: String(at(path, 'backend', 'service', 'name')),
          port: at(path, 'backend', 'service', 'port', 'name'),
        })),
      );
    const api = ingresses.find((ingress) => at(ingress, 'metadata', 'annotations', 'nginx.ingress.kubernetes.io/use-regex') === 'true');
    const regexRoutes: Route[] = routesOf(mapping(api, 'the API Ingress')).map((route) => ({
      pattern: new RegExp(`^${route.path}`),
      service: route.service,
    }));
    const consoleIngress = ingresses.find((ingress) => ingress !== api);
    /** ingress-nginx: a regular-expression location wins over the `/` prefix; the API's expressions never overlap. */
    const routed = (path: string): string[] => {
      const matches = regexRoutes.filter((route) => route.pattern.test(path)).map((route) => route.service);
      return matches.length > 0 ? matches : ['console-server'];
    };

    it('sends every route to a Service of the base by its named port, and the rest to the console', () => {
      for (const ingress of ingresses) {
        for (const route of routesOf(ingress)) {
          expect(named('Service', route.service)).toBeDefined();
          expect(route.port).toBe('http');
        }
      }
      expect(routesOf(mapping(consoleIngress, 'the console Ingress'))).toEqual([
        { path: '/', type: 'Prefix', service: 'console-server', port: 'http' },
      ]);
      for (const path of ['/', '/leads/0195f0a4-7c1e-7a10-8b2c-3d4e5f607182', '/approvals/calendar', '/assets/index-abc.js'])
        expect(routed(path)).toEqual(['console-server']);
    });

    it('sends each endpoint of docs/permissions.md to the one service that answers it (operations stay off it)', () => {
      const owners: Readonly<Record<string, RegExp>> = {
        accounts: /^\/api\/v1\/(session|accounts)/,
        notifications: /^\/api\/v1\/notifications/,
        'lead-intake': /^\/api\/v1\/(leads|park-policies)/,
        approvals: /^\/api\/v1\/(approvals|projects\/\{projectId\}\/approvals)/,
        'contract-signing': /^\/api\/v1\/(agreements|projects$|qualified-leads|parks\/)/,
        'land-delivery': /^\/api\/v1\/(parcels|land-projects)/,
        construction: /^\/api\/v1\/construction/,
        commissioning: /^\/api\/v1\/(commissioning|projects\/\{projectId\}\/commissioning)/,
        'project-history': /^\/api\/v1\/(figures|projects\/\{projectId\}\/(history|state|figures|integrity|access-log))/,
      };
      const paths = [
        ...readFileSync(join(root, 'docs/permissions.md'), 'utf8').matchAll(/^\| (?:GET|POST|PUT|PATCH|DELETE) +\| `([^`]+)`/gm),
      ].map((match) => match[1] ?? '');
      expect(paths.length).toBeGreaterThan(50);
      const wrong = paths.flatMap((path) => {
        const concrete = path.replace(/\{[^}]+\}/g, '0195f0a4-7c1e-7a10-8b2c-3d4e5f607182');
        const expected = path.startsWith('/api/v1/operations/')
          ? ['console-server']
          : Object.entries(owners)
              .filter(([, pattern]) => pattern.test(path))
              .map(([service]) => service);
        return JSON.stringify(routed(concrete)) === JSON.stringify(expected) && expected.length === 1
          ? []
          : [`${path}: ${routed(concrete).join(',')} (expected ${expected.join(',')})`];
      });
      expect(wrong).toEqual([]);
    });
  });
});

describe('deploy/k8s/monitoring', () => {
  const folder = join(root, 'deploy', 'k8s', 'monitoring');
  const objects = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name) && name !== 'kustomization.yaml')
    .flatMap((name) => documents(join(folder, name)));
  const ofKind = (kind: string) => objects.filter((object) => object['kind'] === kind);
  const dashboard = mapping(JSON.parse(readFileSync(join(folder, 'ia-suite-dashboard.json'), 'utf8')), 'dashboard');
  const metricsSource = readFileSync(join(root, 'libs', 'platform', 'src', 'observability', 'metrics.ts'), 'utf8');
  /** Metric names a query uses, without the series suffixes of histograms. */
  const metricsIn = (expression: string) =>
    [...expression.matchAll(/\bia_[a-z_]+/g)].map(([name]) => name.replace(/_(bucket|count|sum)$/, ''));
  const exported = (name: string) =>
    metricsSource.includes(`'${name}'`) || (name.startsWith('ia_process_') && metricsSource.includes("prefix: 'ia_'"));
  const rules = ofKind('PrometheusRule').flatMap((rule) =>
    list(at(rule, 'spec', 'groups'), 'groups').flatMap((group) => list(at(group, 'rules'), 'rules').map((entry) => mapping(entry, 'rule'))),
  );

  it('scrapes /metrics on the http port of every ia-suite Service with the token of the Secret', () => {
    const [monitor] = ofKind('ServiceMonitor');
    expect(at(monitor, 'spec', 'selector', 'matchLabels')).toEqual({ 'app.kubernetes.io/part-of': 'ia-suite' });
    const [endpoint] = list(at(monitor, 'spec', 'endpoints'), 'endpoints');
    expect(endpoint).toMatchObject({
      port: 'http',
      path: '/metrics',
      bearerTokenSecret: { name: 'ia-suite-secrets', key: 'IA_METRICS_TOKEN' },
    });
    expect(loadConfiguration({ IA_METRICS_TOKEN: 'a-token-of-sixteen-or-more' }).observability.metricsToken).toBeDefined();
  });

  it('alerts on a stuck projection, growing dead letters, a broken hash chain and the error rate', () => {
    expect(rules.map((rule) => rule['alert'])).toEqual(
      expect.arrayContaining(['IaProjectionStuck', 'IaDeadLettersGrowing', 'IaHashChainBroken', 'IaHighErrorRate']),
    );
    for (const rule of rules) {
      expect(at(rule, 'annotations', 'summary')).toEqual(expect.any(String));
      const names = metricsIn(String(rule['expr']));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect({ alert: rule['alert'], name, exported: exported(name) }).toMatchObject({ exported: true });
    }
  });

  it('ships a Grafana dashboard whose every query reads metrics the services export', () => {
    const panels = list(dashboard['panels'], 'panels').map((panel) => mapping(panel, 'panel'));
    expect(panels.length).toBeGreaterThanOrEqual(6);
    for (const panel of panels) {
      for (const target of list(panel['targets'], 'targets')) {
        for (const name of metricsIn(String(at(target, 'expr'))))
          expect({ panel: panel['title'], name, exported: exported(name) }).toMatchObject({ exported: true });
      }
    }
    const [kustomization] = documents(join(folder, 'kustomization.yaml'));
    const generated = list(at(kustomization, 'configMapGenerator'), 'configMapGenerator');
    expect(generated).toContainEqual(expect.objectContaining({ files: ['ia-suite-dashboard.json'] }));
  });
});
