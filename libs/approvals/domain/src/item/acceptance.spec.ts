import { assigned, ENERGY_REVIEW, FILING, FILING_CORE, LAND_PRE_EXAMINATION, opened, spec, takenIn } from '../test-support/fixtures';

describe('accepting an approval item with gaps', () => {
  describe('AcceptWithDeficiencies (容缺)', () => {
    const accept = (deficiencies: ReadonlyArray<{ materialCode: string; promisedOn: string }>, acceptedOn = '2026-03-02') =>
      ({ type: 'AcceptWithDeficiencies', data: { acceptedOn, deficiencies } }) as const;
    const withoutAgreement = [opened(), assigned, takenIn(FILING_CORE)];

    it('accepts with each missing secondary material and the date promised for it', () => {
      spec
        .given(withoutAgreement)
        .when(accept([{ materialCode: 'investment_agreement', promisedOn: '2026-03-06' }]))
        .then([
          {
            type: 'ItemAcceptedWithDeficiencies',
            data: { acceptedOn: '2026-03-02', deficiencies: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-06' }] },
          },
        ]);
    });

    it('refuses to defer a core material', () => {
      spec
        .given(withoutAgreement)
        .when(accept([{ materialCode: 'project_summary', promisedOn: '2026-03-06' }]))
        .thenThrows('APPROVAL.CORE_MATERIAL_CANNOT_BE_DEFERRED');
    });

    it('refuses an item where tolerated deficiency does not apply', () => {
      spec
        .given([opened(ENERGY_REVIEW), assigned, takenIn(['application_form', 'energy_report'])])
        .when(accept([{ materialCode: 'energy_report', promisedOn: '2026-03-06' }]))
        .thenThrows('APPROVAL.DEFICIENCY_NOT_ALLOWED');
    });

    it('refuses to defer a material that was handed over', () => {
      spec
        .given([opened(), assigned, takenIn()])
        .when(accept([{ materialCode: 'investment_agreement', promisedOn: '2026-03-06' }]))
        .thenThrows('APPROVAL.MATERIAL_ALREADY_RECEIVED');
    });

    it('refuses an unknown material and a missing one that is not listed', () => {
      spec
        .given(withoutAgreement)
        .when(accept([{ materialCode: 'site_photos', promisedOn: '2026-03-06' }]))
        .thenThrows('APPROVAL.UNKNOWN_MATERIAL');
      const twoSecondary = {
        ...FILING,
        materials: [...FILING.materials, { code: 'site_photos', name: '现场照片', kind: 'secondary' as const }],
      };
      spec
        .given([opened(twoSecondary), assigned, takenIn(FILING_CORE)])
        .when(accept([{ materialCode: 'investment_agreement', promisedOn: '2026-03-06' }]))
        .thenThrows('APPROVAL.MATERIALS_INCOMPLETE');
    });

    it('refuses a promise dated before acceptance', () => {
      spec
        .given(withoutAgreement)
        .when(accept([{ materialCode: 'investment_agreement', promisedOn: '2026-03-01' }]))
        .thenThrows('APPROVAL.PROMISE_BEFORE_ACCEPTANCE');
    });

    it('is a plain acceptance when nothing is missing', () => {
      spec
        .given([opened(), assigned, takenIn()])
        .when(accept([]))
        .then([{ type: 'ItemAccepted', data: { acceptedOn: '2026-03-02' } }]);
    });
  });

  describe('AcceptUnderCommitment (告知承诺)', () => {
    const accept = (commitmentRouteLost = false, checkOn = '2026-04-01') =>
      ({
        type: 'AcceptUnderCommitment',
        data: { acceptedOn: '2026-03-02', promise: '承诺三个月内取得环评批复', checkOn, commitmentRouteLost },
      }) as const;

    it('records the promise and the date it will be checked', () => {
      spec
        .given([opened(), assigned, takenIn(FILING_CORE)])
        .when(accept())
        .then([
          {
            type: 'ItemAcceptedUnderCommitment',
            data: { acceptedOn: '2026-03-02', promise: '承诺三个月内取得环评批复', checkOn: '2026-04-01' },
          },
        ]);
    });

    it('refuses an item where commitment does not apply', () => {
      spec
        .given([opened(LAND_PRE_EXAMINATION), assigned, takenIn(['application_form', 'site_survey'])])
        .when(accept())
        .thenThrows('APPROVAL.COMMITMENT_NOT_ALLOWED');
    });

    it('refuses a project that lost the commitment route by a broken promise', () => {
      spec.given([opened(), assigned, takenIn()]).when(accept(true)).thenThrows('APPROVAL.COMMITMENT_ROUTE_LOST');
    });

    it('refuses a check date before acceptance', () => {
      spec.given([opened(), assigned, takenIn()]).when(accept(false, '2026-03-01')).thenThrows('APPROVAL.PROMISE_BEFORE_ACCEPTANCE');
    });
  });
});
