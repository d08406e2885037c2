import type { Admin } from 'kafkajs';

/** A topic as declared for production: created with these settings, never with the broker's defaults. */
export interface TopicDeclaration {
  readonly name: string;
  readonly partitions: number;
  readonly replication: number;
  /** Kafka topic configs, e.g. `retention.ms`. */
  readonly configs: Readonly<Record<string, string>>;
}

/** The settings of a topic, or undefined when nobody declared it: the bus then refuses to start. */
export type TopicCatalog = (topic: string) => TopicDeclaration | undefined;

export function catalogOf(declarations: readonly TopicDeclaration[]): TopicCatalog {
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  return (topic) => byName.get(topic);
}

export function deadLetterTopic(consumer: string): string {
  return `ia.${consumer}.dlq`;
}

/**
 * Replication and min.insync.replicas capped at what the cluster can give: the declared values are the
 * production ones, and a single development broker holds one replica.
 */
function capped(declaration: TopicDeclaration, maximumReplication: number) {
  const replication = Math.min(declaration.replication, maximumReplication);
  const configs = Object.entries(declaration.configs).map(([name, value]) => ({
    name,
    value: name === 'min.insync.replicas' ? String(Math.min(Number(value), replication)) : value,
  }));
  return { topic: declaration.name, numPartitions: declaration.partitions, replicationFactor: replication, configEntries: configs };
}

/**
 * Creates the topics that do not exist yet with their declared settings; refuses, naming them, topics that
 * nobody declared. Another process creating them at the same moment is fine.
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  catalog: TopicCatalog,
  maximumReplication: number,
): Promise<void> {
  const wanted = [...new Set(topics)];
  const undeclared = wanted.filter((topic) => catalog(topic) === undefined);
  if (undeclared.length > 0) {
    throw new Error(`Kafka topics used but not declared (infra/kafka/topics.txt): ${undeclared.join(', ')}`);
  }
  const existing = new Set(await admin.listTopics());
  const missing = wanted.filter((topic) => !existing.has(topic));
  let failure: unknown;
  if (missing.length > 0) {
    await admin
      .createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => capped(catalog(topic) as TopicDeclaration, maximumReplication)),
      })
      .catch((error: unknown) => (failure = error));
  }
  // Services starting side by side create the same topics; a topic another one just created may not have its
  // leaders yet. Fine once every topic is there with a leader: before that, producing and fetching fail.
  if (!(await leadersElected(admin, wanted))) {
    const cause = failure instanceof Error ? `: ${failure.message}` : '';
    throw new Error(`Kafka topics ${wanted.join(', ')} are not all there with a leader${cause}`, { cause: failure });
  }
}

const LEADER_WAIT = 10_000;

/** Waits until every topic exists and each of its partitions has a leader: before that, producing and fetching fail. */
async function leadersElected(admin: Admin, topics: readonly string[]): Promise<boolean> {
  const deadline = Date.now() + LEADER_WAIT;
  for (;;) {
    const ready = await admin.fetchTopicMetadata({ topics: [...topics] }).then(
      (metadata) =>
        topics.every((name) => {
          const partitions = metadata.topics.find((topic) => topic.name === name)?.partitions ?? [];
          return partitions.length > 0 && partitions.every((partition) => partition.leader >= 0);
        }),
      () => false,
    );
    if (ready) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
