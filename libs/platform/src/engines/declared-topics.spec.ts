import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECLARED_CONSUMERS, DECLARED_TOPICS, renderTopicsFile } from './declared-topics';

const topicsFile = join(__dirname, '..', '..', '..', '..', 'infra', 'kafka', 'topics.txt');

describe('the declared Kafka topics', () => {
  it('are what infra/kafka/topics.txt says (npm run kafka -- topics writes it)', () => {
    expect(readFileSync(topicsFile, 'utf8')).toBe(renderTopicsFile());
  });

  it('give every consumer a dead-letter topic kept forever, on one partition', () => {
    for (const consumer of DECLARED_CONSUMERS) {
      expect(DECLARED_TOPICS.find((topic) => topic.name === `ia.${consumer}.dlq`)).toMatchObject({
        partitions: 1,
        configs: { 'retention.ms': '-1' },
      });
    }
  });

  it('name each topic once', () => {
    expect(new Set(DECLARED_TOPICS.map((topic) => topic.name)).size).toBe(DECLARED_TOPICS.length);
  });
});
