/** In the order a plant is built: a milestone may be recorded only after the one before it. */
export const MILESTONES = [
  'foundation',
  'main_structure_topped_out',
  'main_structure_completed',
  'equipment_installed',
  'completion',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export interface MilestoneRecord {
  readonly milestone: Milestone;
  readonly reachedOn: string;
}
