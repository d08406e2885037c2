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

/**
 * Reads from the broker, again and again until the deadline, through its transient refusals (a partition whose
 * leader is being elected answers NOT_LEADER_FOR_PARTITION for a moment); undefined when time ran out.
 */
async function retrying<T>(read: () => Promise<T>, deadline: number): Promise<T | undefined> {
  for (;;) {
    try {
      return await read();
    } catch {
      if (Date.now() >= deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, POLL));
    }
  }
}

/** Waits until each consumer handled everything its topics held when the wait began; false on timeout. */
export async function consumersCaughtUp(admin: Admin, runners: readonly ConsumerRunner[], deadline: number): Promise<boolean> {
  const targets: Targets[] = [];
  for (const runner of runners) {
    const ends = await retrying(() => currentEnds(admin, runner.consumer.topics), deadline);
    if (ends === undefined) return false;
    targets.push(ends);
  }
  const pending = new Set(runners.keys());
  while (pending.size > 0) {
    for (const index of [...pending]) {
      const runner = runners[index] as ConsumerRunner;
      const target = targets[index] as Targets;
      if (reached(target, runner.progress)) pending.delete(index);
      else if (reached(target, (await handledAnywhere(admin, runner).catch(() => undefined)) ?? new Map())) pending.delete(index);
    }
    if (pending.size === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL));
  }
  return true;
}
