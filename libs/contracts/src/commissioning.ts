import { defineIntegrationEvent } from './integration-event';
import { array, date, integer, object, oneOf, optional, string, type Infer } from './schema';
import { TOPICS } from './topics';

export const PRODUCTION_PHASES = ['trial', 'partial', 'full'] as const;
export const COMMITMENT_CHECKPOINTS = ['completion', 'full_capacity'] as const;
export const COMMITTED_FIGURES = ['investment', 'jobs', 'tax_per_mu'] as const;

/** Production started (试生产, a line in partial production, 全面投产). */
export const ProductionStartedV1 = defineIntegrationEvent(
  'ProductionStarted',
  1,
  TOPICS.commissioning,
  object({
    projectId: string({ max: 64 }),
    phase: oneOf(PRODUCTION_PHASES),
    startedOn: date,
    /** The production line, in partial production only. */
    line: optional(string({ max: 100 })),
  }),
);
export type ProductionStartedV1 = Infer<typeof ProductionStartedV1.schema>;

/** The plant reached its designed output (达产). */
export const FullCapacityReachedV1 = defineIntegrationEvent(
  'FullCapacityReached',
  1,
  TOPICS.commissioning,
  object({ projectId: string({ max: 64 }), reachedOn: date }),
);
export type FullCapacityReachedV1 = Infer<typeof FullCapacityReachedV1.schema>;

/** The enterprise was entered into the statistics of above-scale industry (达规纳统). */
export const AboveScaleEnteredV1 = defineIntegrationEvent(
  'AboveScaleEntered',
  1,
  TOPICS.commissioning,
  object({
    projectId: string({ max: 64 }),
    enteredOn: date,
    /** Main-business revenue of the twelve months up to the latest report, in yuan. */
    trailingRevenue: integer({ min: 0 }),
    threshold: integer({ min: 0 }),
  }),
);
export type AboveScaleEnteredV1 = Infer<typeof AboveScaleEnteredV1.schema>;

/** Commitments of the agreement were checked against actual figures (对标验收 at completion, 达产复核 at full capacity). */
export const CommitmentsCheckedV1 = defineIntegrationEvent(
  'CommitmentsChecked',
  1,
  TOPICS.commissioning,
  object({
    projectId: string({ max: 64 }),
    checkpoint: oneOf(COMMITMENT_CHECKPOINTS),
    checkedOn: date,
    figures: array(
      object({
        figure: oneOf(COMMITTED_FIGURES),
        committed: integer({ min: 0 }),
        /** Absent when it cannot be measured, e.g. tax per mu without a land area. */
        actual: optional(integer({ min: 0 })),
        shortfall: optional(integer({ min: 0 })),
      }),
      { max: 3 },
    ),
  }),
);
export type CommitmentsCheckedV1 = Infer<typeof CommitmentsCheckedV1.schema>;
