import { interpolate, translator } from './i18n-provider';

describe('message placeholders', () => {
  it('groups the digits of every number with the language’s separator', () => {
    expect(translator('en-US')('deployment.chartTop', { top: 15, count: 5000, sort: 'x' })).toBe(
      'Top 15 of 5,000 products, x',
    );
    expect(translator('en-US')('deployment.showAll', { count: 5000 })).toBe('Show all 5,000');
    const fr = new Intl.NumberFormat('fr-FR');
    expect(interpolate('Afficher les {count}', { count: 5000 }, (n) => fr.format(n))).toBe(
      'Afficher les 5\u202f000',
    );
  });

  it('leaves text that looks like a number as it is (an error code)', () => {
    expect(translator('en-US')('error.detailStatusOnly', { status: 400, code: '800002' })).toBe(
      'Partner Center answered HTTP 400 (code 800002).',
    );
  });
});
