import { CommandBus } from '@nestjs/cqrs';
import { LeadDisqualifiedV1, LeadQualifiedV1, ProjectSignedV1, TOPICS, defineConsumer, definePublisher, on } from '@ia/contracts';
import type { IntegrationMessage } from '@ia/kernel';
import { createTestApp, fixedClock, newEvent, type TestApp } from '@ia/testing';
import { LeadIntakeModule } from '../lead-intake.module';
import { POLICY_BODY, registerLead } from '../test-support/lead-requests';
import { standIns } from '../test-support/stand-ins.module';
import { SIGNING_CONSUMER, signingConsumer } from './signing-consumer';

const signedData = (leadId: string, projectId = 'project-1') => ({
  projectId,
  agreementId: 'agreement-1',
  leadId,
  parkId: 'xiangxiang-edz',
  projectName: '星辰电气智能配电设备生产基地',
  enterpriseName: '湖南星辰电气有限公司',
  industrySection: 'C',
  signedOn: '2026-03-20',
  registrationDueOn: '2026-03-20',
  commitments: {
    totalInvestment: 300_000_000,
    fixedAssetInvestment: 240_000_000,
    landAreaSquareMetres: 66_666.67,
    daysFromDeliveryToStart: 0,
    monthsToProduction: 12,
    jobs: 400,
    taxPerMu: 200_000,
  },
});

function messageOf(eventId: string, data: unknown): IntegrationMessage {
  const at = '2026-03-20T02:00:00.000Z';
  return {
    eventId,
    type: 'ProjectSigned',
    schemaVersion: 1,
    topic: TOPICS.contractSigning,
    key: 'project-1',
    data,
    occurredAt: at,
    recordedAt: at,
    correlationId: 'signing',
    causationId: 'signing',
    actor: { id: 'wang', role: 'promoter' },
  };
}

describe('lead intake between services', () => {
  let test: TestApp;
  const published: IntegrationMessage[] = [];
  beforeAll(async () => {
    const capture = async (_data: unknown, message: IntegrationMessage) => {
      published.push(message);
    };
    const contractSigning = standIns((runtime) => {
      // Stands in for contract signing: its stored events become ProjectSigned messages on its topic.
      runtime.registerPublisher(
        definePublisher('contract-signing', TOPICS.contractSigning, ['signingfixture'], (event) => ({
          definition: ProjectSignedV1,
          data: event.data,
          key: 'project-1',
        })),
      );
      // A faulty producer that skips its own contract check, so the consumer's check is what is tested.
      runtime.registerPublisher({
        service: 'contract-signing',
        topic: TOPICS.contractSigning,
        streamCategories: ['faultysigning'],
        toMessage: (event) => messageOf(event.eventId, event.data),
      });
      runtime.registerConsumer(defineConsumer('test.capture', [on(LeadQualifiedV1, capture), on(LeadDisqualifiedV1, capture)]));
    });
    test = await createTestApp([LeadIntakeModule, contractSigning], { clock: fixedClock('2026-03-02T02:00:00Z') });
    await test.http.put('/api/v1/park-policies/xiangxiang-edz').set(test.as('admin')).send(POLICY_BODY).expect(200);
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });
  const settle = async () => {
    const head = await test.engines.store.headPosition();
    await test.runtime.reactionsAt(head);
    await test.runtime.readModelsAt(await test.engines.store.headPosition());
  };

  it('publishes LeadQualified, and LeadDisqualified when the qualified lead is put on hold', async () => {
    const lead = await registerLead(test);
    await test.http
      .post(`/api/v1/leads/${lead}/screenings`)
      .set(test.as('promoter'))
      .send({ decision: 'qualify', reason: '符合主导产业' })
      .expect(200);
    await test.http.post(`/api/v1/leads/${lead}/hold`).set(test.as('promoter')).send({ reason: '企业暂停投资计划' }).expect(200);
    await settle();
    const mine = published.filter((message) => message.key === lead);
    expect(mine.map((message) => [message.type, message.topic])).toEqual([
      ['LeadQualified', 'ia.lead-intake.v1'],
      ['LeadDisqualified', 'ia.lead-intake.v1'],
    ]);
    expect(mine[0]?.data).toMatchObject({
      leadId: lead,
      companyName: '湖南星辰电气有限公司',
      intendedInvestment: 300_000_000,
      qualifiedOn: '2026-03-02',
    });
    expect(mine[1]?.data).toEqual({ leadId: lead, status: 'on_hold', reason: '企业暂停投资计划' });
  });

  it('marks the lead signed when contract signing publishes ProjectSigned, once', async () => {
    const lead = await registerLead(test, { companyName: '湘潭签约电机有限公司', uscc: '91430300MA4T543213' });
    await test.engines.store.appendToStream('signingfixture-1', [newEvent('ProjectSigned', signedData(lead))], {
      expectedRevision: 'no_stream',
    });
    await settle();
    const view = await test.http.get(`/api/v1/leads/${lead}`).set(test.as('auditor')).expect(200);
    expect(view.body).toMatchObject({ status: 'signed', projectId: 'project-1', signedOn: '2026-03-20' });
    const signed = (await test.engines.store.readStream(`lead-${lead}`)).at(-1);
    expect(signed?.metadata).toMatchObject({
      actor: { id: `system:${SIGNING_CONSUMER}`, role: 'system' },
      projectId: 'project-1',
      leadId: lead,
    });

    const [stored] = await test.engines.store.readStream('signingfixture-1');
    await signingConsumer(test.app.get(CommandBus)).handle(messageOf(stored!.eventId, signedData(lead)));
    expect(await test.engines.store.readStream(`lead-${lead}`)).toHaveLength(2);
    expect(await test.engines.bus.deadLetters(SIGNING_CONSUMER)).toEqual([]);
  });

  it('parks a ProjectSigned that breaks its contract as a dead letter, acting on nothing', async () => {
    const before = await test.engines.store.headPosition();
    await test.engines.store.appendToStream('faultysigning-1', [newEvent('ProjectSigned', { ...signedData('x'), signedOn: 'next week' })], {
      expectedRevision: 'no_stream',
    });
    await settle();
    const [dead] = await test.engines.bus.deadLetters(SIGNING_CONSUMER);
    expect(dead?.error).toContain('signedOn');
    expect(await test.engines.store.headPosition()).toBe(before + 1);
  });
});
