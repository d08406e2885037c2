import { Injectable } from '@nestjs/common';
import type { ApprovalItem, Intake, ItemClock, ItemView } from '@ia/approvals/domain';
import type { Role } from '@ia/kernel';
import { ERASED, PersonalDataVault, maskIdNumber, maskName, type Principal } from '@ia/platform';

export interface ItemResponse extends ApprovalItem {
  readonly id: string;
  readonly revision: number;
  readonly clock: ItemClock;
}

export interface ClockedItem extends ItemView {
  readonly revision: number;
}

/** The applicant's name and ID number are personal data: only the agents who handle the file and admins see them whole. */
const SEE_APPLICANT: ReadonlySet<Role> = new Set<Role>(['agent', 'admin']);

/** Shapes an item for a caller: the applicant opened from the vault, masked by role, or erased. */
@Injectable()
export class ItemPresenter {
  constructor(private readonly vault: PersonalDataVault) {}

  async present({ item, clock, revision }: ClockedItem, principal: Principal): Promise<ItemResponse> {
    const intake = item.intake === undefined ? undefined : await this.applicant(item, item.intake, SEE_APPLICANT.has(principal.role));
    return { id: item.itemId, revision, ...item, ...(intake !== undefined && { intake }), clock };
  }

  /** An erased applicant reads as erased even if the key outlived the erasure event by a crash. */
  private async applicant(item: ApprovalItem, intake: Intake, whole: boolean): Promise<Intake> {
    const open = async (sealed: string) => (item.applicantDataErased === true ? ERASED : this.vault.open(sealed));
    const name = await open(intake.applicantName);
    const idNumber = await open(intake.applicantIdNumber);
    return {
      ...intake,
      applicantName: whole ? name : maskName(name),
      applicantIdNumber: whole ? idNumber : maskIdNumber(idNumber),
    };
  }
}
