import { createMemoryEventStore } from '@ia/adapters/memory';
import type { IntegrationMessage } from '@ia/kernel';
import { newEvent } from '@ia/testing';
import { WorkingCalendarPublishedV1 } from './approvals';
import { ProjectSignedV1 } from './contract-signing';
import { defineConsumer, definePublisher, on } from './integration-event';
import { array, date, instant, integer, object, oneOf, optional, SchemaError, string } from './schema';
import { TOPICS, topicOf } from './topics';

describe('schema language', () => {
  const shape = object({
    name: string({ max: 10 }),
    amount: integer({ min: 0 }),
    on: date,
    at: optional(instant),
    kind: oneOf(['a', 'b'] as const),
    tags: array(string(), { max: 2 }),
  });

  it('parses a valid value and drops unknown fields', () => {
    expect(shape.parse({ name: '星辰', amount: 5, on: '2026-03-02', kind: 'a', tags: [], extra: 1 })).toEqual({
      name: '星辰',
      amount: 5,
      on: '2026-03-02',
      kind: 'a',
      tags: [],
    });
  });

  it.each([
    [{ name: '', amount: 5, on: '2026-03-02', kind: 'a', tags: [] }, 'name'],
    [{ name: 'x', amount: 5.5, on: '2026-03-02', kind: 'a', tags: [] }, 'amount'],
    [{ name: 'x', amount: -1, on: '2026-03-02', kind: 'a', tags: [] }, 'amount'],
    [{ name: 'x', amount: 1, on: '2026-13-02', kind: 'a', tags: [] }, 'on'],
    [{ name: 'x', amount: 1, on: '2026-03-02', at: '2026-03-02 10:00', kind: 'a', tags: [] }, 'at'],
    [{ name: 'x', amount: 1, on: '2026-03-02', kind: 'c', tags: [] }, 'kind'],
    [{ name: 'x', amount: 1, on: '2026-03-02', kind: 'a', tags: ['a', 'b', 'c'] }, 'tags'],
    [{ name: 'x', amount: 1, on: '2026-03-02', kind: 'a', tags: [7] }, 'tags[0]'],
  ])('refuses %j at %s', (value, path) => {
    let caught: unknown;
    try {
      shape.parse(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaError);
    expect((caught as SchemaError).path).toBe(path);
  });
});

describe('publishers and consumers from contracts', () => {
  const signed = {
    projectId: 'p-1',
    agreementId: 'a-1',
    leadId: 'l-1',
    parkId: 'park-1',
    projectName: '星辰电气智能制造项目',
    enterpriseName: '湖南星辰电气有限公司',
    industrySection: 'C',
    signedOn: '2026-03-02',
    registrationDueOn: '2026-03-02',
    commitments: {
      totalInvestment: 500_000_000,
      fixedAssetInvestment: 400_000_000,
      landAreaSquareMetres: 66_667,
      daysFromDeliveryToStart: 30,
      monthsToProduction: 18,
      jobs: 300,
      taxPerMu: 200_000,
    },
  };

  it('maps a stored event to a message with the envelope and a checked payload', async () => {
    const store = createMemoryEventStore();
    const publisher = definePublisher('contract-signing', TOPICS.contractSigning, ['agreement'], (event) =>
      event.type === 'AgreementSigned' ? { definition: ProjectSignedV1, data: event.data as typeof signed, key: 'p-1' } : undefined,
    );
    const { events } = await store.appendToStream('agreement-a-1', [newEvent('AgreementSigned', signed), newEvent('AgreementDrafted')], {
      expectedRevision: 'no_stream',
    });
    const message = publisher.toMessage(events[0]!);
    expect(message).toMatchObject({
      type: 'ProjectSigned',
      schemaVersion: 1,
      topic: 'ia.contract-signing.v1',
      key: 'p-1',
      data: signed,
      eventId: events[0]!.eventId,
    });
    expect(publisher.toMessage(events[1]!)).toBeUndefined();
  });

  it('refuses to publish a payload that breaks its own contract', async () => {
    const store = createMemoryEventStore();
    const publisher = definePublisher('contract-signing', topicOf('contract-signing'), ['agreement'], (event) => ({
      definition: ProjectSignedV1,
      data: event.data as typeof signed,
      key: 'p',
    }));
    const { events } = await store.appendToStream('agreement-x', [newEvent('AgreementSigned', { ...signed, signedOn: '2026-02-30' })], {
      expectedRevision: 'no_stream',
    });
    expect(() => publisher.toMessage(events[0]!)).toThrow('signedOn: expected a date YYYY-MM-DD');
  });

  it('validates known types and versions, and lets unknown types pass by', async () => {
    const handled: unknown[] = [];
    const consumer = defineConsumer('approvals.signing', [on(ProjectSignedV1, async (data) => void handled.push(data.projectId))]);
    const message = (overrides: Partial<IntegrationMessage>): IntegrationMessage => ({
      eventId: 'e',
      type: 'ProjectSigned',
      schemaVersion: 1,
      topic: TOPICS.contractSigning,
      key: 'p-1',
      data: signed,
      occurredAt: '2026-03-02T01:00:00Z',
      recordedAt: '2026-03-02T01:00:00Z',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'u', role: 'promoter' },
      ...overrides,
    });
    expect(consumer.topics).toEqual(['ia.contract-signing.v1']);
    expect(() => consumer.validate(message({ schemaVersion: 2 }))).toThrow('version 1 of ProjectSigned, got 2');
    expect(() => consumer.validate(message({ data: { ...signed, commitments: { ...signed.commitments, jobs: -1 } } }))).toThrow(
      'commitments.jobs',
    );
    expect(() => consumer.validate(message({ type: 'SomethingElse', data: null }))).not.toThrow();
    await consumer.handle(message({}));
    await consumer.handle(message({ type: 'SomethingElse' }));
    expect(handled).toEqual(['p-1']);
  });
});

describe('WorkingCalendarPublished', () => {
  const year = { year: 2027, revision: 0, holidays: ['2027-01-01', '2027-02-08'], adjustedWorkdays: ['2027-02-13'] };
  const pathOf = (value: unknown) => {
    try {
      WorkingCalendarPublishedV1.schema.parse(value);
    } catch (error) {
      return error instanceof SchemaError ? error.path : String(error);
    }
    return undefined;
  };

  it('travels on the approvals topic and parses a year as published', () => {
    expect(WorkingCalendarPublishedV1).toMatchObject({ type: 'WorkingCalendarPublished', version: 1, topic: 'ia.approvals.v1' });
    expect(WorkingCalendarPublishedV1.schema.parse({ ...year, extra: true })).toEqual(year);
  });

  it.each([
    [{ ...year, holidays: ['2027-02-30'] }, 'holidays[0]'],
    [{ ...year, holidays: ['2027-01-01', '2028-01-01'] }, 'holidays[1]'],
    [{ ...year, adjustedWorkdays: ['2026-12-26'] }, 'adjustedWorkdays[0]'],
    [{ ...year, adjustedWorkdays: ['2027-02-13', '2027-02-08'] }, 'adjustedWorkdays[1]'],
    [{ ...year, holidays: Array.from({ length: 61 }, () => '2027-01-01') }, 'holidays'],
    [{ ...year, year: 1999 }, 'year'],
    [{ ...year, revision: -1 }, 'revision'],
  ])('refuses %j at %s', (value, path) => {
    expect(pathOf(value)).toBe(path);
  });
});
