import { dataOf, text } from './state/fields';
import type { ProjectFact } from './state/fold-state';

/** The facts that name a project's park, the signing's before that of the lead the project came from. */
const NAMING_THE_PARK = ['AgreementSigned', 'LeadRegistered'] as const;

/** The park a project belongs to, as its own facts name it; `null` when none does, for a park is never guessed. */
export function parkOfProject(facts: ReadonlyArray<Pick<ProjectFact, 'type' | 'data'>>): string | null {
  for (const type of NAMING_THE_PARK) {
    for (const fact of facts) {
      const parkId = fact.type === type ? text(dataOf(fact.data), 'parkId') : undefined;
      if (parkId !== undefined && parkId !== '') return parkId;
    }
  }
  return null;
}
