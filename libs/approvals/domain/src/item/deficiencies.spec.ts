import {
  acceptedFiling,
  assigned,
  calendar,
  deferredFiling,
  FILING_CORE,
  opened,
  spec,
  suspended,
  takenIn,
  acceptedWithDeficiency,
} from '../test-support/fixtures';

const supply = (suppliedOn: string, materialCode = 'investment_agreement') =>
  ({ type: 'SupplyDeferredMaterial', data: { materialCode, suppliedOn } }) as const;

describe('deferred materials and promises', () => {
  it('has a 15-working-day supply window after the promise of Friday 2026-03-06 that ends on 2026-03-27', () => {
    expect(calendar.addWorkingDays('2026-03-06', 15)).toEqual({ date: '2026-03-27', provisional: false });
  });

  describe('SupplyDeferredMaterial', () => {
    it('records a supply on time', () => {
      spec
        .given(deferredFiling)
        .when(supply('2026-03-05'))
        .then([
          {
            type: 'DeferredMaterialSupplied',
            data: { materialCode: 'investment_agreement', promisedOn: '2026-03-06', suppliedOn: '2026-03-05', late: false },
          },
        ]);
    });

    it('marks a supply after the promised date as late, a visible unkept promise', () => {
      spec
        .given(deferredFiling)
        .when(supply('2026-03-10'))
        .then([
          {
            type: 'DeferredMaterialSupplied',
            data: { materialCode: 'investment_agreement', promisedOn: '2026-03-06', suppliedOn: '2026-03-10', late: true },
          },
        ]);
    });

    it('refuses a material that is not awaited', () => {
      spec.given(deferredFiling).when(supply('2026-03-05', 'project_summary')).thenThrows('APPROVAL.NOT_DEFERRED');
      const supplied = {
        type: 'DeferredMaterialSupplied',
        data: { materialCode: 'investment_agreement', promisedOn: '2026-03-06', suppliedOn: '2026-03-05', late: false },
      } as const;
      spec
        .given([...deferredFiling, supplied])
        .when(supply('2026-03-06'))
        .thenThrows('APPROVAL.NOT_DEFERRED');
    });

    it('resumes a suspended item when the missed material arrives within 15 working days', () => {
      spec
        .given([...deferredFiling, suspended()])
        .when(supply('2026-03-27'))
        .then([
          {
            type: 'DeferredMaterialSupplied',
            data: { materialCode: 'investment_agreement', promisedOn: '2026-03-06', suppliedOn: '2026-03-27', late: true },
          },
          { type: 'ItemResumed', data: { resumedOn: '2026-03-27', suspendedOn: '2026-03-09' } },
        ]);
    });

    it('returns the file when the missed material arrives after the 15 working days', () => {
      spec
        .given([...deferredFiling, suspended()])
        .when(supply('2026-03-30'))
        .then([{ type: 'FileReturned', data: { returnedOn: '2026-03-30', supplyBy: '2026-03-27' } }]);
      spec
        .given(deferredFiling)
        .when(supply('2026-03-30'))
        .then([{ type: 'FileReturned', data: { returnedOn: '2026-03-30', supplyBy: '2026-03-27' } }]);
    });

    it('counts the window in working days across National Day and its adjusted Saturday', () => {
      const promisedBeforeHoliday = [
        opened(),
        assigned,
        takenIn(FILING_CORE, '2026-09-21'),
        acceptedWithDeficiency('2026-09-25', '2026-09-21'),
      ];
      spec
        .given(promisedBeforeHoliday)
        .when({ type: 'SuspendForMissedPromise', data: { suspendedOn: '2026-09-28' } })
        .then([
          {
            type: 'ItemSuspended',
            data: {
              suspendedOn: '2026-09-28',
              missedPromises: [{ materialCode: 'investment_agreement', promisedOn: '2026-09-25' }],
              supplyBy: '2026-10-22',
              supplyByProvisional: false,
            },
          },
        ]);
    });
  });

  describe('SuspendForMissedPromise', () => {
    it('suspends the item once a promised date has passed, with the last day to supply', () => {
      spec
        .given(deferredFiling)
        .when({ type: 'SuspendForMissedPromise', data: { suspendedOn: '2026-03-09' } })
        .then([suspended('2026-03-09', '2026-03-27')]);
    });

    it('refuses while no promised date has passed', () => {
      spec
        .given(deferredFiling)
        .when({ type: 'SuspendForMissedPromise', data: { suspendedOn: '2026-03-06' } })
        .thenThrows('APPROVAL.NO_MISSED_PROMISE');
      spec
        .given(acceptedFiling)
        .when({ type: 'SuspendForMissedPromise', data: { suspendedOn: '2026-03-09' } })
        .thenThrows('APPROVAL.NO_MISSED_PROMISE');
    });

    it('refuses an item suspended already', () => {
      spec
        .given([...deferredFiling, suspended()])
        .when({ type: 'SuspendForMissedPromise', data: { suspendedOn: '2026-03-10' } })
        .thenThrows('APPROVAL.ALREADY_SUSPENDED');
    });

    it('marks the last day to supply provisional when it falls in a year not yet published', () => {
      const lateInYear = [opened(), assigned, takenIn(FILING_CORE, '2026-12-14'), acceptedWithDeficiency('2026-12-18', '2026-12-14')];
      const [event] = spec
        .given(lateInYear)
        .when({ type: 'SuspendForMissedPromise', data: { suspendedOn: '2026-12-21' } })
        .events();
      expect(event).toMatchObject({ type: 'ItemSuspended', data: { supplyBy: '2027-01-08', supplyByProvisional: true } });
    });
  });

  describe('ReturnFile', () => {
    it('returns the file after the window closed without the materials', () => {
      spec
        .given([...deferredFiling, suspended()])
        .when({ type: 'ReturnFile', data: { returnedOn: '2026-03-30' } })
        .then([{ type: 'FileReturned', data: { returnedOn: '2026-03-30', supplyBy: '2026-03-27' } }]);
      expect(
        spec
          .given([...deferredFiling, suspended(), { type: 'FileReturned', data: { returnedOn: '2026-03-30', supplyBy: '2026-03-27' } }])
          .state(),
      ).toMatchObject({ status: 'returned', closedOn: '2026-03-30' });
    });

    it('refuses while the window is open, and an item that is not suspended', () => {
      const error = spec
        .given([...deferredFiling, suspended()])
        .when({ type: 'ReturnFile', data: { returnedOn: '2026-03-27' } })
        .thenThrows('APPROVAL.SUPPLY_WINDOW_OPEN');
      expect(error.extensions).toEqual({ supplyBy: '2026-03-27' });
      spec
        .given(deferredFiling)
        .when({ type: 'ReturnFile', data: { returnedOn: '2026-03-30' } })
        .thenThrows('APPROVAL.NOT_SUSPENDED');
    });
  });
});
