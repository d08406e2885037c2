import type { Admin } from 'kafkajs';
import type { ConsumerRunner } from './kafka-consumer-runner';

const POLL = 100;

type Targets = ReadonlyMap<string, number>;

/** The end of every partition a consumer follows, as it is now: what "caught up" means at this moment. */
async function currentEnds(admin: Admin, topics: readonly string[]): Promise<Targets> {
  const ends = new Map<string, number>();
  for (const topic of topics) {
    for (const partition of await admin.fetchTopicOffsets(topic)) {
      // Partitions whose every message expired have nothing left to handle.
      if (Number(partition.high) > Number(partition.low)) ends.set(`${topic}:${partition.partition}`, Number(partition.high));
    }
  }
  return ends;
}

/** Committed offsets of the group count too: another instance of the service may own a partition. */
async function handledAnywhere(admin: Admin, runner: ConsumerRunner): Promise<Map<string, number>> {
  const offsets = new Map(runner.progress);
  const groups = await admin.fetchOffsets({ groupId: runner.consumer.name, topics: [...runner.consumer.topics] });
  for (const { topic, partitions } of groups) {
    for (const { partition, offset } of partitions) {
      const key = `${topic}:${partition}`;
      offsets.set(key, Math.max(Number(offset), offsets.get(key) ?? -1));
    }
  }
  return offsets;
}

const reached = (targets: Targets, done: ReadonlyMap<string, number>) =>
  [...targets].every(([partition, end]) => (done.get(partition) ?? -1) >= end);

/** Waits until each consumer handled everything its topics held when the wait began; false on timeout. */
export async function consumersCaughtUp(admin: Admin, runners: readonly ConsumerRunner[], deadline: number): Promise<boolean> {
  const targets = await Promise.all(runners.map((runner) => currentEnds(admin, runner.consumer.topics)));
  const pending = new Set(runners.keys());
  while (pending.size > 0) {
    for (const index of [...pending]) {
      const runner = runners[index] as ConsumerRunner;
      const target = targets[index] as Targets;
      if (reached(target, runner.progress) || reached(target, await handledAnywhere(admin, runner))) pending.delete(index);
    }
    if (pending.size === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL));
  }
  return true;
}
