import {
  deploymentRatio,
  overAssignedSeats,
  percentCell,
  sumSeatBalance,
  unusedSeats,
} from './seats';

describe('seat maths', () => {
  it('counts unused seats and never goes negative when more are deployed than sold', () => {
    expect(unusedSeats(10, 7)).toBe(3);
    expect(unusedSeats(5, 8)).toBe(0);
    expect(unusedSeats(0, 0)).toBe(0);
  });

  it('counts over-assigned seats apart: 3 deployed of 0 sold is 3 over, not 0 unused', () => {
    expect(overAssignedSeats(0, 3)).toBe(3);
    expect(overAssignedSeats(10, 7)).toBe(0);
    expect(unusedSeats(0, 3)).toBe(0);
  });

  it('computes deployment from the counts, with no percentage when nothing is sold', () => {
    expect(deploymentRatio(4, 1)).toBe(0.25);
    expect(deploymentRatio(5, 8)).toBe(1.6);
    expect(deploymentRatio(0, 3)).toBeNull();
  });

  it('writes percentages for CSV with one decimal and blank for "nothing sold"', () => {
    expect(percentCell(2 / 3)).toBe(66.7);
    expect(percentCell(1.6)).toBe(160);
    expect(percentCell(null)).toBeNull();
  });

  it('totals unused and over-assigned seats row by row, never netting one against the other', () => {
    const rows = [
      { sold: 10, deployed: 4, unused: 6, overAssigned: 0 },
      { sold: 0, deployed: 3, unused: 0, overAssigned: 3 },
    ];
    expect(sumSeatBalance(rows)).toEqual({
      sold: 10,
      deployed: 7,
      unused: 6,
      overAssigned: 3,
      percent: 0.7,
    });
  });
});
