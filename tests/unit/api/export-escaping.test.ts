/** CSV cells a spreadsheet reads back as the text they hold, and XML text that parses back to itself. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../src/domain/csv.js';
import { xmlEscape } from '../../../src/domain/xml.js';

describe('CSV cells', () => {
  it('quotes cells holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('turns cells a spreadsheet would run as formulas into text', () => {
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("x", "y")')).toBe('"\'=HYPERLINK(""x"", ""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-1)).toBe('-1');
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
  });
});

describe('XML text', () => {
  it('escapes markup and drops characters XML cannot hold, so the text parses back', () => {
    const text = `<b>"Tom" & 'Jerry'</b>\u0001\u0008 \uD800 ok \u{1F600}`;
    const xml = `<r a="${xmlEscape(text)}">${xmlEscape(text)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, processEntities: true }).parse(xml) as {
      r: { a: string; '#text': string };
    };
    const expected = `<b>"Tom" & 'Jerry'</b>  ok \u{1F600}`;
    expect(parsed.r['#text']).toBe(expected);
    expect(parsed.r.a).toBe(expected);
  });
});
