// EXC-2 holding cost: what keeping a SKU's stock costs over the next N days, projected from the rule
// set's fee tables (AMAZON-REPORTS.md C.1 monthly storage, C.2 aged inventory surcharge).
//
// The model, day by day over the horizon (local days of the marketplace, day 0 = the local day of
// `from`, `days` days in all):
// - Stock. The on-hand lots at `from` shrink by `dailySales` units a day, taken FIFO from the oldest
//   lot (C.2: "every sale or removal comes off the oldest units"). Day d counts the units left after d
//   days of sales (day 0 = the lots as given). Expected sales are a rate, so units may be fractional.
// - Storage (C.1). A month's fee is rate per cubic foot × the month's daily average volume; a horizon
//   that covers only part of a month pays for its own days: Σ over its days of units × cu ft × rate ÷
//   days in that month. The rate is the rule set's `fees.storage` row for the size tier and calendar
//   month (Oct–Dec peak rates), in force at the start of each day.
// - Aged inventory surcharge (C.2). On each day of the horizon whose day of month is the rule set's
//   `aisSnapshotDayOfMonth` (the 15th), every unit then on hand is charged by its age tier (age in
//   whole local days, DEC-1): the greater of `aisPerCuFt` × cu ft and `aisPerUnit` (a null part is
//   absent); categories listed in a tier's `aisExemptCategories` pay nothing in that tier.
// - Rounding: each monthly storage charge and each monthly surcharge is computed in floating point
//   (expected units and cubic feet are real numbers) and rounded HALF UP once to the minor unit (an
//   amount within 1e-9 of a half goes up); totals are sums of those rounded charges.
// - GEN-3: where the rule set in force has no fee table (null) the answer is "no fee data":
//   `noFeeData` true, the unknown part and `total` null, never an invented figure. A product without a
//   unit volume has no storage figure (null) and no surcharge where a tier charges by volume.
import type { Instant, LocalDay, Minor } from '../catalog/facts.js';
import { localDay, startOfLocalDay } from '../calendar/calendar.js';
import { daysInMonth, formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import type { RuleSet, SizeTier } from '../rules/schema.js';

export interface HoldingLot {
  readonly received: Instant;
  readonly units: number;
}

export interface HoldingCostInput {
  /** On-hand units by received date at `from` (any order; sorted oldest first here). */
  readonly lots: readonly HoldingLot[];
  /** Expected units sold per day over the horizon, taken FIFO from the oldest units. */
  readonly dailySales: number;
  /** Volume of one unit in cubic feet; null = unknown (no storage figure). */
  readonly unitCubicFeet: number | null;
  readonly sizeTier: SizeTier;
  /** Product category (matched lower-case against `aisExemptCategories`). */
  readonly category: string | null;
}

export interface HoldingCostMonth {
  /** 'YYYY-MM', marketplace-local. */
  readonly month: string;
  /** Storage for the horizon's days in this month; null = no fee data or no unit volume. */
  readonly storage: Minor | null;
  /** Aged inventory surcharge assessed in this month within the horizon (0 when none). */
  readonly agedSurcharge: Minor | null;
  /** Average units on hand over the horizon's days in this month. */
  readonly avgUnits: number;
  /** How many horizon days fall in this month. */
  readonly days: number;
  /** A peak-season month (inventoryHealth.peakSeasonMonths, EXC-2: Oct–Dec). */
  readonly peak: boolean;
  /** Units charged by the surcharge this month (on the snapshot day; exempt tiers excluded). */
  readonly agedUnitsCharged: number;
}

export interface HoldingCost {
  readonly total: Minor | null;
  readonly storage: Minor | null;
  readonly agedSurcharge: Minor | null;
  readonly byMonth: readonly HoldingCostMonth[];
  /** How the figure was made (English; one line). Contains "no fee data" when noFeeData. */
  readonly basis: string;
  /** GEN-3: some fee table needed over the horizon is null in the rule set in force. */
  readonly noFeeData: boolean;
  /** The rule-set versions used (oldest first). */
  readonly ruleSetVersions: readonly string[];
}

/** Day d of a horizon: its local day and the instant it starts (day 0 starts at `from`). */
interface HorizonDay {
  readonly day: LocalDay;
  readonly at: Instant;
  readonly month: string;
  readonly monthNumber: number;
  readonly dayOfMonth: number;
  readonly daysInMonth: number;
}

// Horizons repeat for every SKU of one answer: keep the last few (pure memo, deterministic).
const horizonCache = new Map<string, readonly HorizonDay[]>();

function horizonDays(from: Instant, days: number, timeZone: string): readonly HorizonDay[] {
  const key = `${from}|${days}|${timeZone}`;
  const hit = horizonCache.get(key);
  if (hit) return hit;
  const first = parseLocalDay(localDay(from, timeZone));
  const out: HorizonDay[] = [];
  for (let d = 0; d < days; d++) {
    const day = formatDayNumber(first + d);
    const year = Number(day.slice(0, 4));
    const monthNumber = Number(day.slice(5, 7));
    out.push({
      day,
      at: d === 0 ? from : startOfLocalDay(day, timeZone),
      month: day.slice(0, 7),
      monthNumber,
      dayOfMonth: Number(day.slice(8, 10)),
      daysInMonth: daysInMonth(year, monthNumber),
    });
  }
  if (horizonCache.size >= 16) horizonCache.delete(horizonCache.keys().next().value as string);
  horizonCache.set(key, out);
  return out;
}

/** x rounded half up to an integer, tolerant of float noise just under a half. */
function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}

interface MonthAcc {
  month: string;
  days: number;
  unitDays: number;
  storage: number;
  storageKnown: boolean;
  ais: number;
  aisKnown: boolean;
  aisUnits: number;
  peak: boolean;
}

/** Lots left after `sold` units came off the oldest: [age at `from` in days, units][]. */
function remaining(lots: readonly { age: number; units: number }[], sold: number): { age: number; units: number }[] {
  const out: { age: number; units: number }[] = [];
  let toTake = sold;
  for (const lot of lots) {
    if (toTake >= lot.units) {
      toTake -= lot.units;
      continue;
    }
    out.push({ age: lot.age, units: lot.units - toTake });
    toTake = 0;
  }
  return out;
}

type AisTable = NonNullable<RuleSet['fees']['agedInventorySurcharge']>;
type StorageRate = NonNullable<RuleSet['fees']['storage']>['storageFeeRates'][number];

/** C.2 surcharge on the snapshot day: minor units (float), units charged, or null when unknown. */
function surchargeOn(
  table: AisTable,
  lots: readonly { age: number; units: number }[],
  d: number,
  input: HoldingCostInput,
  category: string | null,
): { amount: number; units: number } | null {
  let amount = 0;
  let units = 0;
  for (const lot of lots) {
    const age = lot.age + d;
    const tier = table.aisTiers.find(
      (t) => age >= t.aisMinAgeDays && (t.aisMaxAgeDays === null || age <= t.aisMaxAgeDays),
    );
    if (!tier) continue;
    if (category !== null && tier.aisExemptCategories.includes(category)) continue;
    if (tier.aisPerCuFt === null && tier.aisPerUnit === null) return null;
    if (tier.aisPerCuFt !== null && input.unitCubicFeet === null) return null;
    const byVolume = tier.aisPerCuFt === null ? 0 : tier.aisPerCuFt * (input.unitCubicFeet ?? 0);
    const perUnit = Math.max(byVolume, tier.aisPerUnit ?? 0);
    amount += perUnit * lot.units;
    units += lot.units;
  }
  return { amount, units };
}

/**
 * EXC-2: the projected cost of holding `input.lots` for `days` local days from `from` (storage + aged
 * inventory surcharge), each day under the rule set `ruleSetAt` returns for its start.
 */
export function projectHoldingCost(
  input: HoldingCostInput,
  from: Instant,
  days: number,
  ruleSetAt: (at: Instant) => RuleSet,
  timeZone: string,
): HoldingCost {
  const fromDay = parseLocalDay(localDay(from, timeZone));
  const lots = [...input.lots]
    .filter((l) => l.units > 0)
    .sort((a, b) => a.received - b.received)
    .map((l) => ({ age: fromDay - parseLocalDay(localDay(l.received, timeZone)), units: l.units }));
  const totalUnits = lots.reduce((n, l) => n + l.units, 0);
  const category = input.category === null ? null : input.category.trim().toLowerCase();
  const cuft = input.unitCubicFeet;
  const dailySales = Math.max(0, input.dailySales);

  const months: MonthAcc[] = [];
  const versions: string[] = [];
  let storageTableMissing = false;
  let aisTableMissing = false;
  let volumeMissing = cuft === null;

  // The rate row changes only with the rule set or the month: looked up again only then.
  let lastRs: RuleSet | null = null;
  let lastMonth = -1;
  let row: StorageRate | undefined;
  const horizon = horizonDays(from, days, timeZone);
  for (let d = 0; d < horizon.length; d++) {
    const hd = horizon[d] as HorizonDay;
    const rs = ruleSetAt(hd.at);
    if (rs !== lastRs && !versions.includes(rs.version)) versions.push(rs.version);
    let acc = months[months.length - 1];
    if (!acc || acc.month !== hd.month) {
      acc = {
        month: hd.month,
        days: 0,
        unitDays: 0,
        storage: 0,
        storageKnown: true,
        ais: 0,
        aisKnown: true,
        aisUnits: 0,
        peak: rs.inventoryHealth.peakSeasonMonths.includes(hd.monthNumber),
      };
      months.push(acc);
    }
    const sold = Math.min(totalUnits, dailySales * d);
    const units = totalUnits - sold;
    acc.days += 1;
    acc.unitDays += units;

    if (rs !== lastRs || hd.monthNumber !== lastMonth) {
      row = rs.fees.storage?.storageFeeRates.find(
        (r) => r.storageSizeTier === input.sizeTier && r.storageMonths.includes(hd.monthNumber),
      );
      lastRs = rs;
      lastMonth = hd.monthNumber;
    }
    if (!row) {
      storageTableMissing = true;
      acc.storageKnown = false;
    } else if (cuft === null) {
      acc.storageKnown = false;
    } else {
      acc.storage += (units * cuft * row.storageFeePerCuFt) / hd.daysInMonth;
    }

    const ais = rs.fees.agedInventorySurcharge;
    if (ais === null) {
      // The surcharge day is the 15th in every table known; without a table we cannot tell the day.
      if (hd.dayOfMonth === 15) {
        aisTableMissing = true;
        acc.aisKnown = false;
      }
      continue;
    }
    if (hd.dayOfMonth !== ais.aisSnapshotDayOfMonth) continue;
    const charge = surchargeOn(ais, remaining(lots, sold), d, input, category);
    if (charge === null) {
      acc.aisKnown = false;
      if (cuft === null) volumeMissing = true;
      else aisTableMissing = true;
    } else {
      acc.ais += charge.amount;
      acc.aisUnits += charge.units;
    }
  }

  const byMonth: HoldingCostMonth[] = months.map((m) => ({
    month: m.month,
    storage: m.storageKnown ? roundHalfUp(m.storage) : null,
    agedSurcharge: m.aisKnown ? roundHalfUp(m.ais) : null,
    avgUnits: m.days === 0 ? 0 : Math.round((m.unitDays / m.days) * 100) / 100,
    days: m.days,
    peak: m.peak,
    agedUnitsCharged: Math.round(m.aisUnits * 100) / 100,
  }));
  const sum = (values: readonly (Minor | null)[]): Minor | null =>
    values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
  const storage = sum(byMonth.map((m) => m.storage));
  const agedSurcharge = sum(byMonth.map((m) => m.agedSurcharge));
  const total = storage === null || agedSurcharge === null ? null : storage + agedSurcharge;
  const noFeeData = storageTableMissing || aisTableMissing;

  const parts = [
    `EXC-2 holding cost over ${days} local days from ${formatDayNumber(fromDay)}`,
    `${round2(totalUnits)} units on hand selling ${round2(dailySales)}/day FIFO (oldest first)`,
    `storage per cu ft by month (${input.sizeTier}; peak months ${peakList(byMonth)}) × ${cuft ?? '?'} cu ft, pro-rated by day`,
    'aged inventory surcharge on the snapshot day (15th) by age tier, greater of per cu ft and per unit',
    `rule sets ${versions.join(', ')}`,
    'each monthly charge rounded half up',
  ];
  if (noFeeData) parts.push('no fee data (the rule set has no figure for this marketplace or date)');
  if (volumeMissing) parts.push('unit volume unknown: no figure for charges by volume');
  return { total, storage, agedSurcharge, byMonth, basis: parts.join('; '), noFeeData, ruleSetVersions: versions };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function peakList(byMonth: readonly HoldingCostMonth[]): string {
  const peak = byMonth.filter((m) => m.peak).map((m) => m.month);
  return peak.length === 0 ? 'none in horizon' : peak.join(', ');
}
