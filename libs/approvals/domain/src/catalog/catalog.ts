import type { ApprovalStage } from '@ia/contracts';

export const MATERIAL_KINDS = ['core', 'secondary'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** Core materials must be present at acceptance; only secondary ones may be deferred (容缺). */
export interface Material {
  readonly code: string;
  readonly name: string;
  readonly kind: MaterialKind;
}

export interface CatalogItem {
  readonly code: string;
  readonly name: string;
  readonly stage: ApprovalStage;
  readonly materials: readonly Material[];
  /** Working days from acceptance; 0 means the same day. */
  readonly timeLimitDays: number;
  readonly commitmentAllowed: boolean;
  readonly deficiencyAllowed: boolean;
  /** Item codes that must be granted (or waived) before this one may be granted. */
  readonly prerequisites: readonly string[];
  /** The investment project filing gives the national project code. */
  readonly givesProjectCode: boolean;
}

/** A "one thing" (一件事) bundle: the items a kind of project goes through. */
export interface ApprovalPackage {
  readonly code: string;
  readonly name: string;
  readonly projectKind: string;
  readonly itemCodes: readonly string[];
}

export interface Catalog {
  readonly items: Readonly<Record<string, CatalogItem>>;
  readonly packages: Readonly<Record<string, ApprovalPackage>>;
  readonly defaultPackage: string;
}

export function missingMaterials(item: CatalogItem, received: readonly string[]): readonly Material[] {
  return item.materials.filter((material) => !received.includes(material.code));
}

export function packageFor(catalog: Catalog, requested: string | undefined): ApprovalPackage | undefined {
  return (requested !== undefined ? catalog.packages[requested] : undefined) ?? catalog.packages[catalog.defaultPackage];
}
