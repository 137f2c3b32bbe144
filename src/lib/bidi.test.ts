import { stripBidiControls } from './bidi';

describe('bidi controls in chart text', () => {
  it('removes embeddings, overrides, isolates and marks, and nothing else', () => {
    expect(
      stripBidiControls(
        'A\u202aB\u202bC\u202cD\u202dE\u202eF\u2066G\u2067H\u2068I\u2069J\u200eK\u200fL',
      ),
    ).toBe('ABCDEFGHIJKL');
    expect(stripBidiControls('Boulangerie Lefèvre — شركة')).toBe('Boulangerie Lefèvre — شركة');
  });
});
