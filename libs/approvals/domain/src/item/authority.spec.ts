import {
  acceptedFiling,
  assigned,
  deferredFiling,
  ITEM_ID,
  opened,
  PROJECT_ID,
  spec,
  submitted,
  suspended,
  takenIn,
} from '../test-support/fixtures';

/** `projectCode: null` leaves the code out. */
const grant = (overrides: { projectCode?: string | null; unmetPrerequisites?: readonly string[]; grantedOn?: string } = {}) => {
  const projectCode = overrides.projectCode === undefined ? '2026-430100-38-03-012345' : overrides.projectCode;
  return {
    type: 'Grant',
    data: {
      grantedOn: overrides.grantedOn ?? '2026-03-02',
      licenceNumber: '湘发改备〔2026〕12号',
      unmetPrerequisites: overrides.unmetPrerequisites ?? [],
      ...(projectCode !== null && { projectCode }),
    },
  } as const;
};

describe('an approval item with the authority', () => {
  describe('Submit', () => {
    it('submits an accepted item to the authority', () => {
      spec
        .given(acceptedFiling)
        .when({ type: 'Submit', data: { submittedOn: '2026-03-02', authority: '市发展和改革委员会' } })
        .then([submitted()]);
    });

    it('refuses an item not accepted yet, or already submitted', () => {
      spec
        .given([opened(), assigned, takenIn()])
        .when({ type: 'Submit', data: { submittedOn: '2026-03-02', authority: '市发改委' } })
        .thenThrows('APPROVAL.NOT_ACCEPTED');
      spec
        .given([...acceptedFiling, submitted()])
        .when({ type: 'Submit', data: { submittedOn: '2026-03-02', authority: '市发改委' } })
        .thenThrows('APPROVAL.ALREADY_SUBMITTED');
    });

    it('refuses a suspended item', () => {
      spec
        .given([...deferredFiling, suspended()])
        .when({ type: 'Submit', data: { submittedOn: '2026-03-10', authority: '市发改委' } })
        .thenThrows('APPROVAL.SUSPENDED');
    });

    it('refuses a date before acceptance', () => {
      spec
        .given([...acceptedFiling.slice(0, 3), { type: 'ItemAccepted', data: { acceptedOn: '2026-03-04' } }])
        .when({ type: 'Submit', data: { submittedOn: '2026-03-03', authority: '市发改委' } })
        .thenThrows('APPROVAL.DATE_OUT_OF_ORDER');
    });
  });

  describe('Grant', () => {
    it('grants the filing with its licence number and the national project code', () => {
      spec
        .given([...acceptedFiling, submitted()])
        .when(grant())
        .then([
          {
            type: 'ItemGranted',
            data: {
              itemId: ITEM_ID,
              projectId: PROJECT_ID,
              itemCode: 'project_filing',
              stage: 'project_approval',
              grantedOn: '2026-03-02',
              licenceNumber: '湘发改备〔2026〕12号',
              projectCode: '2026-430100-38-03-012345',
            },
          },
        ]);
    });

    it('refuses an item that is not with the authority', () => {
      spec.given(acceptedFiling).when(grant()).thenThrows('APPROVAL.NOT_SUBMITTED');
    });

    it('refuses while deferred materials are missing (容缺: the licence waits for them)', () => {
      const error = spec
        .given([...deferredFiling, submitted()])
        .when(grant())
        .thenThrows('APPROVAL.DEFICIENCIES_OUTSTANDING');
      expect(error.extensions).toEqual({ materials: ['investment_agreement'] });
    });

    it('refuses while a prerequisite item is not granted', () => {
      const error = spec
        .given([...acceptedFiling, submitted()])
        .when(grant({ unmetPrerequisites: ['business_registration'] }))
        .thenThrows('APPROVAL.PREREQUISITES_NOT_GRANTED');
      expect(error.extensions).toEqual({ prerequisites: ['business_registration'] });
    });

    it('requires the national project code for the filing, in its format', () => {
      spec
        .given([...acceptedFiling, submitted()])
        .when(grant({ projectCode: null }))
        .thenThrows('APPROVAL.PROJECT_CODE_REQUIRED');
      spec
        .given([...acceptedFiling, submitted()])
        .when(grant({ projectCode: '2026-430100-38-03-12345' }))
        .thenThrows('APPROVAL.INVALID_PROJECT_CODE');
    });

    it('refuses a suspended item and a granted one', () => {
      spec
        .given([...deferredFiling, submitted('2026-03-03'), suspended()])
        .when(grant({ grantedOn: '2026-03-10' }))
        .thenThrows('APPROVAL.SUSPENDED');
      const granted = spec
        .given([...acceptedFiling, submitted()])
        .when(grant())
        .events();
      spec
        .given([...acceptedFiling, submitted(), ...granted])
        .when(grant())
        .thenThrows('APPROVAL.ITEM_CLOSED');
    });

    it('closes the item on the day of the grant', () => {
      const events = spec
        .given([...acceptedFiling, submitted()])
        .when(grant())
        .events();
      expect(spec.given([...acceptedFiling, submitted(), ...events]).state()).toMatchObject({
        status: 'granted',
        closedOn: '2026-03-02',
        grant: { grantedOn: '2026-03-02', licenceNumber: '湘发改备〔2026〕12号', projectCode: '2026-430100-38-03-012345' },
      });
    });
  });

  describe('Reject', () => {
    it('closes the item with the reason', () => {
      const rejected = { type: 'ItemRejected', data: { rejectedOn: '2026-03-03', reason: '不符合园区产业定位' } } as const;
      spec
        .given([...acceptedFiling, submitted()])
        .when({ type: 'Reject', data: { rejectedOn: '2026-03-03', reason: '不符合园区产业定位' } })
        .then([rejected]);
      expect(spec.given([...acceptedFiling, submitted(), rejected]).state()).toMatchObject({
        status: 'rejected',
        closedOn: '2026-03-03',
        closingReason: '不符合园区产业定位',
      });
    });

    it('refuses an item that is not with the authority', () => {
      spec
        .given(acceptedFiling)
        .when({ type: 'Reject', data: { rejectedOn: '2026-03-03', reason: '不符合' } })
        .thenThrows('APPROVAL.NOT_SUBMITTED');
    });
  });

  describe('ReturnForCorrection (补正)', () => {
    const returned = { type: 'ItemReturnedForCorrection', data: { returnedOn: '2026-03-03', reason: '项目基本情况缺少建设规模' } } as const;

    it('sends the file back so that it is corrected and submitted again', () => {
      spec
        .given([...acceptedFiling, submitted()])
        .when({ type: 'ReturnForCorrection', data: returned.data })
        .then([returned]);
      const state = spec.given([...acceptedFiling, submitted(), returned]).state();
      expect(state).toMatchObject({ status: 'accepted', corrections: [returned.data] });
      spec
        .given([...acceptedFiling, submitted(), returned])
        .when({ type: 'Submit', data: { submittedOn: '2026-03-04', authority: '市发改委' } })
        .then([{ type: 'ItemSubmitted', data: { submittedOn: '2026-03-04', authority: '市发改委' } }]);
    });

    it('refuses an item that is not with the authority', () => {
      spec.given(acceptedFiling).when({ type: 'ReturnForCorrection', data: returned.data }).thenThrows('APPROVAL.NOT_SUBMITTED');
    });
  });
});
