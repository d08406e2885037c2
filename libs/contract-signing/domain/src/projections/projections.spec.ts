import { createMemoryReadModelStore } from '@ia/adapters/memory';
import { COMMITMENTS, drafted, LEAD, signed } from '../agreement/spec-fixtures';
import { DEFAULT_INCENTIVES } from '../incentives/terms';
import { agreementsProjection, type AgreementView, type ProjectView } from './agreements';
import { COLLECTIONS } from './collections';
import { catalogView, incentiveCatalogsProjection } from './incentive-catalogs';
import { qualifiedLeadsProjection } from './qualified-leads';
import { recorded } from './spec-recorded';

const supplemented = {
  type: 'AgreementSupplemented',
  data: {
    agreementId: 'agreement-1',
    projectId: 'project-1',
    supplementId: 's-1',
    signedOn: '2026-09-01',
    summary: '增资',
    commitments: { ...COMMITMENTS, totalInvestment: 150_000_000 },
    incentives: [],
    countedIncrement: 30_000_000,
  },
};

describe('agreements and the project register', () => {
  it('keeps each agreement with its status, and a project once signed', async () => {
    const readModels = createMemoryReadModelStore();
    await agreementsProjection.apply(recorded('agreement-a1', 0, drafted), readModels);
    expect(await readModels.get<AgreementView>(COLLECTIONS.agreements, 'a1')).toMatchObject({
      status: 'draft',
      revision: 0,
      projectName: '智能装备产业园项目',
    });
    expect(await readModels.list(COLLECTIONS.projects)).toEqual([]);
    await agreementsProjection.apply(recorded('agreement-a1', 1, signed), readModels);
    await agreementsProjection.apply(recorded('agreement-a1', 2, supplemented), readModels);
    expect(await readModels.get<ProjectView>(COLLECTIONS.projects, 'project-1')).toEqual({
      projectId: 'project-1',
      agreementId: 'agreement-1',
      projectName: '智能装备产业园项目',
      leadId: LEAD.leadId,
      parkId: 'park-east',
      enterprise: { name: '湘乡智能装备有限公司', uscc: '91430381MA4L1234X9', industrySection: 'C', industryDivision: '38' },
      status: 'signed',
      signedOn: '2026-03-02',
      registrationDueOn: '2026-03-02',
      commitments: { ...COMMITMENTS, totalInvestment: 150_000_000 },
      countedInvestment: 150_000_000,
      supplements: 1,
    });
  });

  it('applies a redelivered event once', async () => {
    const readModels = createMemoryReadModelStore();
    for (const [revision, event] of [drafted, signed, supplemented, signed, supplemented].entries()) {
      await agreementsProjection.apply(recorded('agreement-a2', Math.min(revision, 2), event), readModels);
    }
    expect(await readModels.get(COLLECTIONS.projects, 'project-1')).toMatchObject({ countedInvestment: 150_000_000, supplements: 1 });
  });

  it('marks a terminated project and ignores other streams', async () => {
    const readModels = createMemoryReadModelStore();
    await agreementsProjection.apply(recorded('agreement-a3', 0, drafted), readModels);
    await agreementsProjection.apply(recorded('agreement-a3', 1, signed), readModels);
    await agreementsProjection.apply(
      recorded('agreement-a3', 2, {
        type: 'AgreementTerminated',
        data: { agreementId: 'agreement-1', projectId: 'project-1', terminatedOn: '2026-10-08', reason: '解约' },
      }),
      readModels,
    );
    await agreementsProjection.apply(recorded('lead-a3', 0, { type: 'LeadLogged', data: {} }), readModels);
    expect(await readModels.get(COLLECTIONS.projects, 'project-1')).toMatchObject({
      status: 'terminated',
      terminatedOn: '2026-10-08',
      countedInvestment: 120_000_000,
    });
    expect(await readModels.list(COLLECTIONS.agreements)).toHaveLength(1);
  });
});

describe('qualified leads', () => {
  it('lists a qualified lead and forgets it when it is withdrawn', async () => {
    const readModels = createMemoryReadModelStore();
    const stream = `leadqualification-${LEAD.leadId}`;
    await qualifiedLeadsProjection.apply(recorded(stream, 0, { type: 'LeadQualificationRecorded', data: LEAD }), readModels);
    expect(await readModels.list(COLLECTIONS.qualifiedLeads)).toEqual([LEAD]);
    await qualifiedLeadsProjection.apply(
      recorded(stream, 1, { type: 'LeadQualificationWithdrawn', data: { leadId: LEAD.leadId, status: 'dropped' } }),
      readModels,
    );
    expect(await readModels.list(COLLECTIONS.qualifiedLeads)).toEqual([]);
  });
});

describe('incentive catalogs', () => {
  it('shows the default catalog of a park that never edited it, then its own', async () => {
    const readModels = createMemoryReadModelStore();
    expect(await catalogView(readModels, 'park-east')).toEqual({ parkId: 'park-east', configured: false, incentives: DEFAULT_INCENTIVES });
    await incentiveCatalogsProjection.apply(
      recorded('incentivecatalog-park-east', 0, { type: 'IncentiveCatalogSeeded', data: { incentives: DEFAULT_INCENTIVES } }),
      readModels,
    );
    await incentiveCatalogsProjection.apply(
      recorded('incentivecatalog-park-east', 1, { type: 'IncentiveRetired', data: { code: 'free-premises' } }),
      readModels,
    );
    await incentiveCatalogsProjection.apply(
      recorded('incentivecatalog-park-east', 1, { type: 'IncentiveRetired', data: { code: 'free-premises' } }),
      readModels,
    );
    const view = await catalogView(readModels, 'park-east');
    expect(view.configured).toBe(true);
    expect(view.incentives.map((incentive) => incentive.code)).toEqual(['three-free-two-half', 'fixed-asset-reward']);
  });
});
