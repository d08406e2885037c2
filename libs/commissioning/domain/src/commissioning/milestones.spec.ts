import { deciderSpec } from '@ia/testing';
import { debugging, fullCapacity, fullProduction, learned, opened, TODAY, trial } from '../test-support/fixtures';
import { commissioningDecider } from './decider';

const spec = deciderSpec(commissioningDecider);

describe('production milestones', () => {
  it('starts equipment debugging once construction is completed', () => {
    spec
      .given([opened])
      .when({ type: 'StartEquipmentDebugging', data: { startedOn: '2026-01-22', today: TODAY } })
      .then([{ type: 'EquipmentDebuggingStarted', data: { startedOn: '2026-01-22' } }]);
  });

  it('goes from debugging to trial production, a line in partial production, then full production and full capacity', () => {
    spec
      .given([opened, debugging])
      .when({ type: 'StartTrialProduction', data: { startedOn: '2026-01-28', today: TODAY } })
      .then([trial]);
    spec
      .given([opened, debugging, trial])
      .when({ type: 'StartPartialProduction', data: { startedOn: '2026-03-01', line: '一号注塑线', today: TODAY } })
      .then([{ type: 'PartialProductionStarted', data: { startedOn: '2026-03-01', line: '一号注塑线' } }]);
    spec
      .given([opened, debugging, trial])
      .when({ type: 'StartFullProduction', data: { startedOn: '2026-04-01', today: TODAY } })
      .then([fullProduction]);
    spec
      .given([opened, debugging, trial, fullProduction])
      .when({ type: 'ReachFullCapacity', data: { reachedOn: '2026-09-30', today: TODAY } })
      .then([fullCapacity]);
  });

  it('adds further lines in partial production but refuses a line twice', () => {
    const firstLine = { type: 'PartialProductionStarted', data: { startedOn: '2026-03-01', line: '一号注塑线' } } as const;
    const given = spec.given([opened, debugging, trial, firstLine]);
    given
      .when({ type: 'StartPartialProduction', data: { startedOn: '2026-03-15', line: '二号组装线', today: TODAY } })
      .then([{ type: 'PartialProductionStarted', data: { startedOn: '2026-03-15', line: '二号组装线' } }]);
    given
      .when({ type: 'StartPartialProduction', data: { startedOn: '2026-03-15', line: '一号注塑线', today: TODAY } })
      .thenThrows('COMMISSIONING.LINE_ALREADY_PRODUCING');
    expect(given.state().milestones.partialProductionOn).toBe('2026-03-01');
  });

  it('refuses a step out of order and names the stage', () => {
    const error = spec
      .given([opened])
      .when({ type: 'StartTrialProduction', data: { startedOn: '2026-01-28', today: TODAY } })
      .thenThrows('COMMISSIONING.OUT_OF_ORDER');
    expect(error.extensions).toEqual({ stage: 'construction_completed', attempted: 'StartTrialProduction' });
    spec
      .given([opened, debugging])
      .when({ type: 'StartFullProduction', data: { startedOn: '2026-04-01', today: TODAY } })
      .thenThrows('COMMISSIONING.OUT_OF_ORDER');
    spec
      .given([opened, debugging, trial])
      .when({ type: 'ReachFullCapacity', data: { reachedOn: '2026-09-30', today: TODAY } })
      .thenThrows('COMMISSIONING.OUT_OF_ORDER');
    spec
      .given([opened, debugging, trial, fullProduction])
      .when({ type: 'StartPartialProduction', data: { startedOn: '2026-05-01', line: '三号线', today: TODAY } })
      .thenThrows('COMMISSIONING.OUT_OF_ORDER');
    spec
      .given([opened, debugging])
      .when({ type: 'StartEquipmentDebugging', data: { startedOn: '2026-01-23', today: TODAY } })
      .thenThrows('COMMISSIONING.OUT_OF_ORDER');
  });

  it('refuses production facts before construction is completed, and for an unknown project', () => {
    spec
      .given([learned])
      .when({ type: 'StartEquipmentDebugging', data: { startedOn: '2026-01-22', today: TODAY } })
      .thenThrows('COMMISSIONING.CONSTRUCTION_NOT_COMPLETED');
    spec
      .given([])
      .when({ type: 'StartEquipmentDebugging', data: { startedOn: '2026-01-22', today: TODAY } })
      .thenThrows('COMMISSIONING.NOT_FOUND');
  });

  it('refuses a date before the previous milestone or after today', () => {
    const error = spec
      .given([opened, debugging])
      .when({ type: 'StartTrialProduction', data: { startedOn: '2026-01-21', today: TODAY } })
      .thenThrows('COMMISSIONING.DATE_BEFORE_PREVIOUS_MILESTONE');
    expect(error.extensions).toEqual({ previous: '2026-01-22' });
    spec
      .given([opened])
      .when({ type: 'StartEquipmentDebugging', data: { startedOn: '2026-01-19', today: TODAY } })
      .thenThrows('COMMISSIONING.DATE_BEFORE_PREVIOUS_MILESTONE');
    spec
      .given([opened])
      .when({ type: 'StartEquipmentDebugging', data: { startedOn: '2026-03-03', today: '2026-03-02' } })
      .thenThrows('COMMISSIONING.DATE_IN_FUTURE');
  });

  it('keeps every milestone date in the state', () => {
    expect(spec.given([opened, debugging, trial, fullProduction, fullCapacity]).state()).toMatchObject({
      stage: 'full_capacity',
      milestones: {
        constructionStartedOn: '2025-05-06',
        completedOn: '2026-01-20',
        equipmentDebuggingOn: '2026-01-22',
        trialProductionOn: '2026-01-28',
        fullProductionOn: '2026-04-01',
        fullCapacityOn: '2026-09-30',
      },
    });
  });
});
