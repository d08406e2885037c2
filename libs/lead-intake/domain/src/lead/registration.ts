import { checkUscc, isValidIndustry, isYuan, normaliseCompanyName } from '@ia/reference';
import { LeadErrors } from '../errors';
import type { RegisterLead } from './commands';
import type { LeadRegistered } from './events';
import { NAMED_SOURCES, type LeadProfile } from './values';

/** Checks what the edge already validated, because commands may come from elsewhere than HTTP. */
export function registerLead(command: RegisterLead['data']): LeadRegistered {
  const { profile } = command;
  const uscc = profile.uscc === undefined ? undefined : checkedUscc(profile.uscc);
  if (!isValidIndustry(profile.industry.section, profile.industry.division)) throw LeadErrors.invalidIndustry();
  if (NAMED_SOURCES.includes(profile.source) && !profile.sourceName?.trim()) throw LeadErrors.sourceNameRequired();
  checkFigures(profile);
  return {
    type: 'LeadRegistered',
    data: {
      ...profile,
      companyName: profile.companyName.trim(),
      ...(uscc !== undefined && { uscc }),
      industry: {
        section: profile.industry.section.toUpperCase(),
        ...(profile.industry.division !== undefined && { division: profile.industry.division }),
      },
      leadId: command.leadId,
      parkId: command.parkId,
      normalisedName: normaliseCompanyName(profile.companyName),
      registeredAt: command.registeredAt,
    },
  };
}

function checkedUscc(input: string): string {
  const check = checkUscc(input);
  if (!check.valid) throw LeadErrors.invalidUscc(check.reason);
  return check.code;
}

function checkFigures(profile: LeadProfile): void {
  const wholeNumbers = {
    intendedInvestment: profile.intendedInvestment,
    expectedJobs: profile.expectedJobs,
    expectedAnnualOutput: profile.expectedAnnualOutput,
    expectedAnnualTax: profile.expectedAnnualTax,
  };
  for (const [field, value] of Object.entries(wholeNumbers)) {
    if (!isYuan(value)) throw LeadErrors.invalidFigures(field);
  }
  if (!Number.isFinite(profile.landDemandMu) || profile.landDemandMu < 0) throw LeadErrors.invalidFigures('landDemandMu');
}
