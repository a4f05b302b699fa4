// A SKU's unit volume (cubic feet, C.1/C.2 charge by it) and FBA size tier, from the product fact or,
// failing that, from Amazon's own report rows (MYI per-unit-volume, planning item-volume/storage-type).
import type { InventorySnapshotFact, PlanningRowFact, ProductFact } from '../catalog/facts.js';
import type { SizeTier } from '../rules/schema.js';

const CUBIC_FEET_PER: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(cubic[ -]?f(ee|oo)?t|cu\.? ?ft|ft3|ft\^3|cubicfeet)$/, 1],
  [/^(cubic[ -]?inch(es)?|cu\.? ?in|in3|in\^3)$/, 1 / 1728],
  [/^(cubic[ -]?centimet(er|re)s?|cm3|cm\^3|ccm|cc)$/, 1 / 28_316.846592],
  [/^(cubic[ -]?met(er|re)s?|m3|m\^3)$/, 35.314_666_721_5],
  [/^(lit(er|re)s?|l)$/, 0.035_314_666_721_5],
];

/** A volume in `unit` as cubic feet; null for an unknown unit or a missing value. */
export function toCubicFeet(volume: number | null, unit: string | null): number | null {
  if (volume === null || unit === null || !(volume >= 0)) return null;
  const u = unit.trim().toLowerCase();
  for (const [pattern, factor] of CUBIC_FEET_PER) if (pattern.test(u)) return volume * factor;
  return null;
}

export interface UnitVolume {
  readonly cubicFeet: number | null;
  readonly source: 'product' | 'inventory_snapshot' | 'planning' | 'none';
}

/** The product's unit_cubic_feet, else Amazon's per-unit volume (MYI), else the planning item volume. */
export function unitVolumeOf(
  product: ProductFact | null,
  snapshot: InventorySnapshotFact | null,
  planning: PlanningRowFact | null,
): UnitVolume {
  if (product?.unitCubicFeet != null) return { cubicFeet: product.unitCubicFeet, source: 'product' };
  const fromSnapshot = snapshot === null ? null : toCubicFeet(snapshot.unitVolume, snapshot.volumeUnit);
  if (fromSnapshot !== null) return { cubicFeet: fromSnapshot, source: 'inventory_snapshot' };
  const fromPlanning = planning === null ? null : toCubicFeet(planning.itemVolume, planning.volumeUnit);
  if (fromPlanning !== null) return { cubicFeet: fromPlanning, source: 'planning' };
  return { cubicFeet: null, source: 'none' };
}

/**
 * The FBA size tier for storage rates: large bulky when Amazon's planning row says so (storage-type
 * "Oversize", "Large bulky", "Extra-large"…), else standard (clearway's products carry no size tier).
 */
export function sizeTierOf(planning: PlanningRowFact | null): SizeTier {
  const type = planning?.storageType?.toLowerCase() ?? '';
  return /oversize|bulky|extra[- ]?large|\bxl\b/.test(type) ? 'large_bulky' : 'standard';
}
