import { csvText } from './csv-text.js';

const body = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1);

describe('csvText', () => {
  it.each(['=1+1', '+1', '-1+cmd', '@SUM(A1)', '\t=1', '\r=1', '\uFF1D1'])(
    'puts a quote before a text cell starting like a formula: %j',
    (text) => {
      const [line] = body(csvText(['a'], [[text]]));
      expect(line.replace(/^"|"$/g, '')).toBe(`'${text}`);
    },
  );

  it('leaves numbers, negative ones included, and plain text as they are', () => {
    expect(body(csvText(['a', 'b', 'c', 'd'], [[-12.5, 0, 'plain text', true]]))).toEqual([
      '-12.5,0,plain text,true',
    ]);
  });

  it('starts with a BOM and ends records with CRLF', () => {
    expect(csvText(['a'], [['x']])).toBe('\uFEFFa\r\nx\r\n');
  });
});
