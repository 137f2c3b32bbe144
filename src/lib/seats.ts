// Seat maths shared by every view (customer snapshot, portfolio, trend, usage): unused
// seats and deployment % always come from the counts, never from an API's own percentage.

export function unusedSeats(sold: number, deployed: number): number {
  return Math.max(0, sold - deployed);
}

/**
 * Seats assigned beyond what was sold: a billing/compliance risk of its own, never netted
 * against another product's spare seats.
 */
export function overAssignedSeats(sold: number, deployed: number): number {
  return Math.max(0, deployed - sold);
}

/** part / whole as a fraction; null when the whole is 0 (no meaningful percentage). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** deployed / sold as a fraction; null when nothing is sold. */
export function deploymentRatio(sold: number, deployed: number): number | null {
  return ratio(deployed, sold);
}

/** A fraction as a plain percentage with one decimal, for CSV cells; blank when null. */
export function percentCell(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

export interface SeatTotals {
  sold: number;
  deployed: number;
  unused: number;
  percent: number | null;
}

/**
 * Totals of rows that each carry their own unused seats: unused is summed row by row, so a
 * surplus on one row (deployed > sold) does not hide waste on another.
 */
export function sumSeats(
  rows: Iterable<{ sold: number; deployed: number; unused: number }>,
): SeatTotals {
  let sold = 0;
  let deployed = 0;
  let unused = 0;
  for (const row of rows) {
    sold += row.sold;
    deployed += row.deployed;
    unused += row.unused;
  }
  return { sold, deployed, unused, percent: deploymentRatio(sold, deployed) };
}

export interface SeatBalance extends SeatTotals {
  /** Σ max(0, deployed − sold) row by row: shown beside unused, never subtracted from it. */
  overAssigned: number;
}

/** sumSeats, plus the rows' over-assigned seats. */
export function sumSeatBalance(
  rows: readonly { sold: number; deployed: number; unused: number; overAssigned: number }[],
): SeatBalance {
  let overAssigned = 0;
  for (const row of rows) overAssigned += row.overAssigned;
  return { ...sumSeats(rows), overAssigned };
}
