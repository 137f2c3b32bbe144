import { usageInsightSchema } from './get-license-usage';

const base = {
  productName: 'OFFICE 365 E3',
  serviceName: 'o365',
  channel: 'reseller',
  workloadCode: 'EXO',
  workloadName: 'Exchange',
  licensesQualified: 50,
};

describe('usage row schema', () => {
  it('reads licensesActive, from a number or a numeric string', () => {
    expect(usageInsightSchema.parse({ ...base, licensesActive: 40 }).licensesActive).toBe(40);
    expect(usageInsightSchema.parse({ ...base, licensesActive: '41' }).licensesActive).toBe(41);
  });

  it('accepts the docs’ misspelling licenseActive when licensesActive is absent', () => {
    const row = usageInsightSchema.parse({ ...base, licenseActive: 7 });
    expect(row.licensesActive).toBe(7);
    expect(row).not.toHaveProperty('licenseActive');
  });

  it('prefers licensesActive when both are present', () => {
    expect(
      usageInsightSchema.parse({ ...base, licensesActive: 40, licenseActive: 7 }).licensesActive,
    ).toBe(40);
  });

  it('fails at licensesActive when neither is present', () => {
    const result = usageInsightSchema.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['licensesActive']]);
  });

  it('fails without a product name or with a non-numeric count', () => {
    expect(
      usageInsightSchema.safeParse({ ...base, productName: '', licensesActive: 1 }).success,
    ).toBe(false);
    expect(
      usageInsightSchema.safeParse({ ...base, licensesActive: 1, licensesQualified: 'many' })
        .success,
    ).toBe(false);
  });

  it('tolerates missing names and a bad date', () => {
    const row = usageInsightSchema.parse({
      productName: 'VISIO PLAN 2',
      licensesActive: 1,
      licensesQualified: 2,
      processedDateTime: 'yesterday',
    });
    expect(row).toMatchObject({ workloadCode: '', workloadName: '', processedDateTime: undefined });
  });
});
