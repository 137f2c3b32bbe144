import { productNameKey, sameProductName } from './product-names';

describe('product names as a join key', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(sameProductName('EXCHANGE ONLINE (PLAN 1)', 'Exchange Online  Plan 1')).toBe(true);
    expect(sameProductName('Power BI Pro', 'POWER BI PRO')).toBe(true);
    expect(sameProductName('Microsoft 365 E5 – Security', 'microsoft 365 e5 security')).toBe(true);
  });

  it('joins Microsoft’s renames of one SKU, old name and new', () => {
    expect(sameProductName('OFFICE 365 ENTERPRISE E3', 'Office 365 E3')).toBe(true);
    expect(sameProductName('OFFICE 365 BUSINESS ESSENTIALS', 'Microsoft 365 Business Basic')).toBe(
      true,
    );
  });

  it('keeps "no Teams" SKUs apart from the suites with Teams, however it is spelt', () => {
    expect(sameProductName('Microsoft 365 E3 (no Teams)', 'Microsoft 365 E3')).toBe(false);
    expect(sameProductName('Microsoft 365 E3 (no Teams)', 'MICROSOFT 365 E3 - NO TEAMS')).toBe(
      true,
    );
    expect(sameProductName('Office 365 E3 (no Teams)', 'OFFICE 365 ENTERPRISE E3 NO TEAMS')).toBe(
      true,
    );
    expect(productNameKey('Microsoft 365 E5 (without Teams)')).toBe('microsoft 365 e5 [no teams]');
  });

  it('does not join different products that share words', () => {
    expect(sameProductName('Office 365 E3', 'Office 365 E5')).toBe(false);
    expect(sameProductName('Exchange Online (Plan 1)', 'Exchange Online (Plan 2)')).toBe(false);
    expect(sameProductName('Microsoft 365 Business Premium', 'Microsoft 365 Business')).toBe(true);
    expect(sameProductName('Microsoft 365 Business Standard', 'Microsoft 365 Business')).toBe(
      false,
    );
  });

  it('is the same whatever the accents and width of the letters', () => {
    expect(sameProductName('Ｏｆｆｉｃｅ 365 E3', 'office 365 e3')).toBe(true);
    expect(sameProductName('Visio Plan 2 (édition)', 'VISIO PLAN 2 EDITION')).toBe(true);
  });
});
