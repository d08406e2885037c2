import type { Admin } from 'kafkajs';

export interface TopicSettings {
  readonly partitions: number;
  readonly replicationFactor: number;
}

export function deadLetterTopic(consumer: string): string {
  return `ia.${consumer}.dlq`;
}

/** Creates the topics that do not exist yet; another process creating them at the same moment is fine. */
export async function ensureTopics(admin: Admin, topics: readonly string[], settings: TopicSettings): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: settings.partitions, replicationFactor: settings.replicationFactor })),
    });
  } catch (error) {
    const now = new Set(await admin.listTopics());
    if (missing.some((topic) => !now.has(topic))) throw error;
  }
}
