import { csvCell, fileSlug, toCsv } from './csv';

describe('CSV export', () => {
  it('starts with a BOM and uses CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Contoso, Ltd')).toBe('"Contoso, Ltd"');
    expect(csvCell('The "Best" Co')).toBe('"The ""Best"" Co"');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(
      '"\'=HYPERLINK(""http://evil"",""click"")"',
    );
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it.each([
    [' =1+1', "' =1+1"],
    ['\u00a0=cmd', "'\u00a0=cmd"],
    ['\u200b=cmd', "'\u200b=cmd"],
    ['\u200c+1', "'\u200c+1"],
    ['\u200d-1', "'\u200d-1"],
    ['\u2060@x', "'\u2060@x"],
    ['\ufeff=cmd', "'\ufeff=cmd"],
    ['\uff1dHYPERLINK(1)', "'\uff1dHYPERLINK(1)"],
    ['\uff0b1', "'\uff0b1"],
    ['\uff0d1', "'\uff0d1"],
    ['\uff20SUM(A1)', "'\uff20SUM(A1)"],
    ["|calc'!A0", "'|calc'!A0"],
    ['  \tcmd', "'  \tcmd"],
    ['  \rcmd', '"\'  \rcmd"'],
  ])('neutralises %j, a formula behind what a spreadsheet skips', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary names alone, spaces and hyphens inside included', () => {
    expect(csvCell('Contoso Ltd')).toBe('Contoso Ltd');
    expect(csvCell(' Contoso')).toBe(' Contoso');
    expect(csvCell('Jean-Luc & Co')).toBe('Jean-Luc & Co');
  });

  it('writes numbers as numbers, even negative ones, and blanks for nothing', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('keeps accents in the content and makes safe file names', () => {
    expect(toCsv(['name'], [['Boulangerie Lefèvre']])).toContain('Boulangerie Lefèvre');
    expect(fileSlug('Hôtellerie Côte d’Azur SARL')).toBe('Hotellerie-Cote-d-Azur-SARL');
    expect(fileSlug('***')).toBe('export');
  });
});
