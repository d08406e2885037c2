export const PROBLEM_CATEGORIES = [
  'power_supply',
  'water_supply',
  'gas_supply',
  'heat_supply',
  'approvals',
  'land',
  'labour',
  'funding',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export interface RaisedProblem {
  readonly problemId: string;
  readonly projectId: string;
  readonly parkId: string;
  readonly projectName: string;
  readonly category: ProblemCategory;
  readonly description: string;
  readonly raisedOn: string;
}

export type ProblemCommand =
  | {
      readonly type: 'RaiseProblem';
      /** The project as construction knows it from the agreement; absent when it is unknown there. */
      readonly data: Omit<RaisedProblem, 'parkId' | 'projectName'> & {
        readonly project?: { readonly parkId: string; readonly projectName: string };
      };
    }
  | { readonly type: 'AssignProblem'; readonly data: { readonly responsibleUnit: string; readonly dueOn: string } }
  | { readonly type: 'NoteProblemProgress'; readonly data: { readonly notedOn: string; readonly note: string } }
  | { readonly type: 'ResolveProblem'; readonly data: { readonly resolvedOn: string; readonly evidence: string } };

export type ProblemEvent =
  | { readonly type: 'ProblemRaised'; readonly data: RaisedProblem }
  | {
      readonly type: 'ProblemAssigned';
      readonly data: { readonly problemId: string; readonly responsibleUnit: string; readonly dueOn: string };
    }
  | {
      readonly type: 'ProblemProgressNoted';
      readonly data: { readonly problemId: string; readonly notedOn: string; readonly note: string };
    }
  | {
      readonly type: 'ProblemResolved';
      readonly data: { readonly problemId: string; readonly resolvedOn: string; readonly evidence: string };
    };
