import { csvCell, csvRow } from '../../src/audit/csv';
import { parseCsv } from './csv-parse';

describe('csvCell', () => {
  test('leaves plain text alone', () => {
    expect(csvCell('Mum will take Amy to school')).toBe('Mum will take Amy to school');
  });

  test('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Mum, Dad')).toBe('"Mum, Dad"');
    expect(csvCell('she said "yes"')).toBe('"she said ""yes"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  test.each(['=1+1', '+44 7700 900123', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes %j with an apostrophe so a spreadsheet shows it as text',
    (value) => {
      expect(csvCell(value).replace(/^"/, '').startsWith(`'${value[0]}`)).toBe(true);
    },
  );

  test('guards a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

test('a row of awkward cells reads back as the same values', () => {
  const values = ['a,b', '"q"', 'multi\r\nline', '', 'Zoë', '=cmd'];
  expect(parseCsv(csvRow(values))).toEqual([[...values.slice(0, 5), "'=cmd"]]);
});
