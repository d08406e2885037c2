import {
  acceptedFiling,
  AGENT,
  assigned,
  FILING_ALL,
  FILING_CORE,
  ITEM_ID,
  opened,
  openCommand,
  PARK_ID,
  SEALED_ID_NUMBER,
  SEALED_NAME,
  spec,
  takenIn,
} from '../test-support/fixtures';
import type { ApprovalItemEvent } from './events';

describe('an approval item from opening to acceptance', () => {
  describe('OpenItem', () => {
    it('opens the item with the catalog entry as it is today', () => {
      spec.given([]).when(openCommand).then([opened()]);
    });

    it('refuses to open the same item twice', () => {
      spec.given([opened()]).when(openCommand).thenThrows('APPROVAL.ALREADY_OPENED');
    });

    it('keeps the project’s park, and leaves it not known for an item opened before parks were recorded', () => {
      expect(spec.given([opened()]).state()).toMatchObject({ parkId: PARK_ID });
      const { parkId: _parkId, ...withoutPark } = opened().data as Extract<ApprovalItemEvent, { type: 'ItemOpened' }>['data'];
      const legacy = spec.given([{ type: 'ItemOpened', data: withoutPark }]).state();
      expect(legacy).toMatchObject({ status: 'opened', itemId: ITEM_ID });
      expect(legacy).not.toHaveProperty('parkId');
    });
  });

  describe('AssignAgent', () => {
    it('assigns an agent, and names the previous one on a reassignment', () => {
      spec
        .given([opened()])
        .when({ type: 'AssignAgent', data: { agentId: AGENT } })
        .then([assigned]);
      spec
        .given([opened(), assigned])
        .when({ type: 'AssignAgent', data: { agentId: 'agent-li' } })
        .then([{ type: 'AgentAssigned', data: { agentId: 'agent-li', previousAgentId: AGENT } }]);
    });

    it('does nothing when the agent is assigned already', () => {
      spec
        .given([opened(), assigned])
        .when({ type: 'AssignAgent', data: { agentId: AGENT } })
        .then([]);
    });

    it('refuses an item that does not exist', () => {
      spec
        .given([])
        .when({ type: 'AssignAgent', data: { agentId: AGENT } })
        .thenThrows('APPROVAL.NOT_FOUND');
    });

    it('refuses an item that is closed', () => {
      spec
        .given([opened(), { type: 'ItemWaived', data: { waivedOn: '2026-03-02', reason: '租赁厂房，无需用地手续' } }])
        .when({ type: 'AssignAgent', data: { agentId: AGENT } })
        .thenThrows('APPROVAL.ITEM_CLOSED');
    });
  });

  describe('TakeInMaterials (三个一)', () => {
    const takeIn = (materialCodes: readonly string[], receivedOn = '2026-03-02') =>
      ({
        type: 'TakeInMaterials',
        data: {
          receivedOn,
          formReference: '申请表 2026-0301',
          applicantName: SEALED_NAME,
          applicantIdNumber: SEALED_ID_NUMBER,
          materialCodes,
        },
      }) as const;

    it('takes in the form, the set of materials and the ID once, without duplicates', () => {
      spec
        .given([opened(), assigned])
        .when(takeIn([...FILING_ALL, 'business_licence']))
        .then([takenIn(FILING_ALL)]);
    });

    it('refuses before an agent is assigned', () => {
      spec.given([opened()]).when(takeIn(FILING_ALL)).thenThrows('APPROVAL.NOT_ASSIGNED');
    });

    it('refuses a second intake', () => {
      spec.given([opened(), assigned, takenIn()]).when(takeIn(FILING_ALL)).thenThrows('APPROVAL.MATERIALS_ALREADY_TAKEN_IN');
    });

    it('refuses materials the item does not ask for', () => {
      const error = spec
        .given([opened(), assigned])
        .when(takeIn([...FILING_ALL, 'marriage_certificate']))
        .thenThrows('APPROVAL.UNKNOWN_MATERIAL');
      expect(error.extensions).toEqual({ materials: ['marriage_certificate'] });
    });

    it('refuses a set without every core material', () => {
      const error = spec
        .given([opened(), assigned])
        .when(takeIn(['application_form', 'business_licence']))
        .thenThrows('APPROVAL.MATERIALS_INCOMPLETE');
      expect(error.extensions).toEqual({ materials: ['project_summary'] });
    });

    it('refuses a date before the item opened', () => {
      spec.given([opened(), assigned]).when(takeIn(FILING_ALL, '2026-03-01')).thenThrows('APPROVAL.DATE_OUT_OF_ORDER');
    });
  });

  describe('AcceptComplete', () => {
    it('accepts a complete set and starts the clock', () => {
      spec
        .given([opened(), assigned, takenIn()])
        .when({ type: 'AcceptComplete', data: { acceptedOn: '2026-03-03' } })
        .then([{ type: 'ItemAccepted', data: { acceptedOn: '2026-03-03' } }]);
    });

    it('refuses a set that lacks a secondary material', () => {
      const error = spec
        .given([opened(), assigned, takenIn(FILING_CORE)])
        .when({ type: 'AcceptComplete', data: { acceptedOn: '2026-03-02' } })
        .thenThrows('APPROVAL.MATERIALS_INCOMPLETE');
      expect(error.extensions).toEqual({ materials: ['investment_agreement'] });
    });

    it('refuses before the materials are taken in, and after acceptance', () => {
      spec
        .given([opened(), assigned])
        .when({ type: 'AcceptComplete', data: { acceptedOn: '2026-03-02' } })
        .thenThrows('APPROVAL.MATERIALS_NOT_TAKEN_IN');
      spec
        .given(acceptedFiling)
        .when({ type: 'AcceptComplete', data: { acceptedOn: '2026-03-02' } })
        .thenThrows('APPROVAL.ALREADY_ACCEPTED');
    });
  });

  describe('EraseApplicantData', () => {
    const erase = { type: 'EraseApplicantData', data: {} } as const;
    const erased: ApprovalItemEvent = {
      type: 'ApplicantDataErased',
      data: { subject: `applicant-${ITEM_ID}`, fields: ['applicantName', 'applicantIdNumber'] },
    };

    it('records the erasure of the applicant’s sealed fields, whatever the item’s status', () => {
      spec.given([opened(), assigned, takenIn()]).when(erase).then([erased]);
      spec
        .given([...acceptedFiling, { type: 'ItemWaived', data: { waivedOn: '2026-03-03', reason: '免办' } }])
        .when(erase)
        .then([erased]);
      expect(spec.given([...acceptedFiling, erased]).state()).toMatchObject({ applicantDataErased: true, status: 'accepted' });
    });

    it('changes nothing the second time', () => {
      spec
        .given([...acceptedFiling, erased])
        .when(erase)
        .then([]);
    });

    it('refuses an item without an intake, or no item at all', () => {
      spec.given([opened(), assigned]).when(erase).thenThrows('APPROVAL.NO_APPLICANT_DATA');
      spec.given([]).when(erase).thenThrows('APPROVAL.NOT_FOUND');
    });
  });
});
