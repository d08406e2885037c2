import type { TopicDeclaration } from '@ia/adapters/kafka';
import { deadLetterTopicOf, PUBLISHING_SERVICES, topicOf } from '@ia/contracts';

/**
 * Every consumer of the services: each owns a consumer group and parks what it cannot handle on
 * `ia.<consumer>.dlq`. A test boots every service and fails when this list and the code disagree.
 */
export const DECLARED_CONSUMERS = [
  'lead-intake.signing',
  'lead-intake.working-calendar',
  'contract-signing.leads',
  'approvals.signing',
  'land-delivery.signing',
  'land-delivery.approvals',
  'construction.signing',
  'construction.land',

  'construction.approvals',
  'commissioning.signing',
  'commissioning.construction',
  'notifications.facts',
] as const;

// Nothing is deleted by age: volumes are small (hundreds of projects a year), a consumer that was down for
// long still finds every event, and a parked message stays until someone deals with it.
const KEPT = { 'cleanup.policy': 'delete', 'retention.ms': '-1', 'min.insync.replicas': '2' } as const;

const topic = (name: string, partitions: number): TopicDeclaration => ({ name, partitions, replication: 3, configs: KEPT });

/** The one declaration of the topics: the bus creates and accepts only these; infra/kafka/topics.txt is written from it. */
export const DECLARED_TOPICS: readonly TopicDeclaration[] = [
  ...PUBLISHING_SERVICES.map((service) => topic(topicOf(service), 6)),
  // A relay parks an event its publisher cannot map on its service's dead-letter topic.
  ...PUBLISHING_SERVICES.map((service) => topic(deadLetterTopicOf(service), 1)),
  ...DECLARED_CONSUMERS.map((consumer) => topic(deadLetterTopicOf(consumer), 1)),
];

const HEADER = `# Kafka topics of the suite. WRITTEN FROM libs/platform/src/engines/declared-topics.ts: edit that file, then run
# \`npm run kafka -- topics\`. A test fails when this file and the declaration differ, and another when a service
# uses a topic the declaration does not name. The services create missing topics with these settings and refuse
# to start on an undeclared one; create-topics.sh (the kafka-topics service of docker-compose.yml) reads this file.
#
# One topic per line, fields separated by spaces:
#   <topic> <partitions> <replication> [<key>=<value>[,<key>=<value>...]]
# The last field holds topic configs (Kafka names). Values are the production ones; create-topics.sh and the
# services cap replication and min.insync.replicas at what the cluster has (MAX_REPLICATION,
# IA_KAFKA_REPLICATION_FACTOR), so that the same declaration works on a single development broker.
#
# Retention: nothing is deleted by age (retention.ms=-1): a consumer that was down for a long time still finds
# every event, and a parked message stays until someone deals with it ("never lost, nothing dropped silently").
# Partitions of an existing topic are never changed: adding some would move keys and break per-project order.
`;

const SECTIONS: ReadonlyArray<readonly [string, (name: string) => boolean]> = [
  ['Integration events, one topic per producing service (ia.<service>.v1).', (name) => name.endsWith('.v1')],
  [
    'Dead letters of the relays: events a service could not publish (ia.<service>.dlq).',
    (name) => name.endsWith('.dlq') && (PUBLISHING_SERVICES as readonly string[]).includes(name.slice(3, -4)),
  ],
  [
    'Dead letters of the consumers (ia.<consumer>.dlq). project-history reads the event store, not Kafka.',
    (name) => name.endsWith('.dlq') && !(PUBLISHING_SERVICES as readonly string[]).includes(name.slice(3, -4)),
  ],
];

export function renderTopicsFile(topics: readonly TopicDeclaration[] = DECLARED_TOPICS): string {
  const width = Math.max(...topics.map((declared) => declared.name.length));
  const line = (declared: TopicDeclaration) =>
    [
      declared.name.padEnd(width),
      String(declared.partitions).padStart(2),
      String(declared.replication),
      Object.entries(declared.configs)
        .map(([key, value]) => `${key}=${value}`)
        .join(','),
    ].join('  ');
  const sections = SECTIONS.map(([title, belongs]) => [`# ${title}`, ...topics.filter((declared) => belongs(declared.name)).map(line)]);
  return `${HEADER}\n${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
