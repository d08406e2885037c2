import { funnelOf, type FunnelLead } from './funnel';

const lead = (
  registeredOn: string,
  source: FunnelLead['source'],
  intendedInvestment: number,
  reached: Partial<FunnelLead['reached']> = {},
): FunnelLead => ({
  registeredOn,
  source,
  intendedInvestment,
  reached: { followedUp: false, screened: false, qualified: false, signed: false, ...reached },
});

describe('the pipeline funnel', () => {
  const leads = [
    lead('2026-03-01', 'promotion_event', 300_000_000, { followedUp: true, screened: true, qualified: true, signed: true }),
    lead('2026-03-15', 'promotion_event', 50_000_000, { followedUp: true, screened: true }),
    lead('2026-03-31', 'online', 8_000_000),
    lead('2026-04-01', 'online', 1_000_000_000, { followedUp: true }),
  ];

  it('counts leads registered in the period, both days included, by the stages they reached', () => {
    const funnel = funnelOf(leads, '2026-03-01', '2026-03-31');
    expect(funnel.stages).toEqual([
      { stage: 'registered', count: 3, intendedInvestment: 358_000_000 },
      { stage: 'followed_up', count: 2, intendedInvestment: 350_000_000 },
      { stage: 'screened', count: 2, intendedInvestment: 350_000_000 },
      { stage: 'qualified', count: 1, intendedInvestment: 300_000_000 },
      { stage: 'signed', count: 1, intendedInvestment: 300_000_000 },
    ]);
  });

  it('splits the same figures by source, listing every source', () => {
    const funnel = funnelOf(leads, '2026-03-01', '2026-03-31');
    expect(funnel.bySource.map((entry) => entry.source)).toEqual([
      'promotion_event',
      'investor_referral',
      'commissioned_agency',
      'walk_in_or_phone',
      'online',
      'other',
    ]);
    expect(funnel.bySource[4]?.stages[0]).toEqual({ stage: 'registered', count: 1, intendedInvestment: 8_000_000 });
    expect(funnel.bySource[1]?.stages.every((stage) => stage.count === 0)).toBe(true);
  });
});
