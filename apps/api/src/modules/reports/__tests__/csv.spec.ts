import { describe, expect, it } from '@jest/globals';
import { csvDocument, csvField } from '../csv.js';

describe('CSV fields', () => {
  it('leaves plain text and numbers alone and empties a missing value', () => {
    expect(csvField('Lada Putih Sambas')).toBe('Lada Putih Sambas');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Kopi, lada')).toBe('"Kopi, lada"');
    expect(csvField('PT "Maju"')).toBe('"PT ""Maju"""');
    expect(csvField('baris satu\nbaris dua')).toBe('"baris satu\nbaris dua"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvField('+62 812')).toBe("'+62 812");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
  });
});

describe('CSV documents', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(csvDocument([['a', 'b'], ['c', null]])).toBe('\uFEFFa,b\r\nc,\r\n');
  });
});
