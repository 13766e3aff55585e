import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electionRecord, resolutionRecord, tiedElectionRecord } from '../../../test/fixtures/vote-records';
import { renderPdf } from '../../shared/pdf';
import { chineseDay, dateInChina } from '../../shared/iso-date';
import { electionNotice, NoticeLabels, resolutionNotice, shareText } from './result-notice';
import { ElectionRecord, ResolutionRecord, sealRecord } from './vote-record';

/** The PDF's text as a reader's tool extracts it (Debian poppler-utils, installed by .ci/run). */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'notice-')), 'notice.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdftotext is missing: apt-get install -y poppler-utils');
    throw error;
  }
}

const dayInChina = (instant: string) => dateInChina(new Date(instant));
/** a day as the notice prints it: 2026年5月10日 */
const cnDay = (instant: string) => chineseDay(dayInChina(instant));
const LABELS: NoticeLabels = { estateName: '龙庭小区', place: '湖州市吴兴区龙泉街道', title: '第二届业主委员会换届选举', electionKind: '换届选举' };

describe('shareText: the exact fraction with a percentage for reading', () => {
  it.each([
    ['5/6', '5/6\n（83.33%）'],
    ['2/3', '2/3\n（66.66%）'], // rounded down: never shows a threshold met that is not
    ['665.50/760.50', '665.50/760.50\n（87.50%）'],
    ['0/0', '0/0（—）'],
    ['360/360', '360/360\n（100.00%）'],
  ])('%s → %s', (fraction, text) => {
    expect(shareText(fraction)).toBe(text);
  });
});

describe('result notices as PDF, in Chinese', () => {
  it('选举结果公告: estate, roll totals, participation, each candidate against the threshold, the elected, the seal', async () => {
    const record = sealRecord(electionRecord(), '2026-05-20T08:00:00.000Z') as ElectionRecord & ReturnType<typeof sealRecord>;
    const labels = { ...LABELS, plannedVotingOn: '2026-05-09', decidedOn: '2026-05-20', votingStartsOn: '2026-05-09', votingEndsOn: '2026-05-10', votingClosedOn: '2026-05-10' };
    const pdf = await renderPdf(electionNotice(record, labels));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of [
      '龙庭小区业主委员会选举结果公告',
      '第二届业主委员会换届选举',
      '计划投票日：2026年5月9日；实际投票日：2026年5月10日',
      `投票期间：公告 2026年5月9日 至 2026年5月10日，实际 ${cnDay(record.roll.takenAt)} 至 2026年5月10日`,
      '当选 1 名，少于应选名额 2 名',
      '≥ 2/3',
      '共 6 人，专有部分面积 760.50 平方米',
      '5/6 （83.33%）',
      '665.50/760.50 （87.50%）',
      '4/5 （80.00%）', // 张伟's approvals among those taking part
      '485.50/665.50 （72.95%）',
      '当选业主委员会委员 张伟',
      '未过半数',
      record.seal.sha256,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('表决结果公告: options, the threshold by matter, the outcome, the seal', async () => {
    const record = sealRecord(resolutionRecord(), '2026-06-02T09:00:00.000Z') as ResolutionRecord & ReturnType<typeof sealRecord>;
    const labels = { ...LABELS, title: '物业费调整', description: '1.69 元/m²/月调整为 1.99 元/m²/月', votingStartsOn: '2026-06-01', votingEndsOn: '2026-06-02' };
    const text = pdfText(await renderPdf(resolutionNotice(record, labels))).replace(/\s+/g, ' ');
    for (const expected of [
      '龙庭小区业主大会表决结果公告',
      '物业费调整',
      '第（九）项',
      '同意 3 390.50',
      '反对 1 90.00',
      '弃权 1 180.00',
      '3/5 （60.00%） > 1/2',
      '须经参与表决专有部分面积过半数且参与表决人数过半数的业主同意',
      '表决结果 通过',
      // the announced period beside the days the vote ran (the roll fixed and the count made, as days in China)
      `投票期间：公告 2026年6月1日 至 2026年6月2日，实际 ${cnDay(record.roll.takenAt)} 至 ${cnDay(record.result.countedAt)}`,
      record.seal.sha256,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('a period announced anew lists every announcement, oldest first; one announced once says it once', async () => {
    const record = sealRecord(resolutionRecord(), '2026-06-02T09:00:00.000Z') as ResolutionRecord & ReturnType<typeof sealRecord>;
    const votingAnnouncements = [
      { announcedAt: '2026-05-01T02:00:00.000Z', startsOn: '2026-05-20', endsOn: '2026-05-27' },
      { announcedAt: '2026-05-10T17:00:00.000Z', startsOn: '2026-06-01', endsOn: '2026-06-02' },
    ];
    const labels = { ...LABELS, title: '物业费调整', description: '调整', votingStartsOn: '2026-06-01', votingEndsOn: '2026-06-02' };
    const twice = pdfText(await renderPdf(resolutionNotice(record, { ...labels, votingAnnouncements }))).replace(/\s+/g, ' ');
    // the second announcement was made on 11 May in China (17:00 UTC is past midnight there)
    // compared without spaces: a line may break inside a long date
    expect(twice.replace(/\s/g, '')).toContain('投票期间：公告2026年6月1日至2026年6月2日（历次公告：2026年5月1日公告2026年5月20日至2026年5月27日；2026年5月11日改为2026年6月1日至2026年6月2日），实际');
    const once = pdfText(await renderPdf(resolutionNotice(record, { ...labels, votingAnnouncements: votingAnnouncements.slice(1) }))).replace(/\s+/g, ' ');
    expect(once).toContain('投票期间：公告 2026年6月1日 至 2026年6月2日，实际');
    expect(once).not.toContain('历次公告');
  });

  it('a tie the rules of procedure settled: the notice says how the last seat was decided, and names the chosen elected', async () => {
    const record = sealRecord(tiedElectionRecord(), '2026-05-20T08:00:00.000Z') as ElectionRecord & ReturnType<typeof sealRecord>;
    const text = pdfText(await renderPdf(electionNotice(record, { ...LABELS, decidedOn: '2026年5月20日' }))).replace(/\s+/g, ' ');
    for (const expected of [
      '末位候选人王芳、刘洋得票相同，按业主大会议事规则于2026年5月12日以抽签方式确定刘洋当选',
      '街道干部王某见证抽签',
      '当选业主委员会委员张伟、刘洋',
    ]) {
      // compared without spaces: a line may break anywhere in the long explanation
      expect(text.replace(/\s/g, '')).toContain(expected);
    }
    expect(text.replace(/\s/g, '')).toMatch(/刘洋33\/5（60\.00%）375\.25\S+?当选（按议事规则确定）/);
    expect(text).not.toContain('须按议事规则决定');
    expect(text).not.toContain('少于应选名额');
    // without the settlement the same count is a tie still to decide
    const { tieSettlement: _s, ...open } = tiedElectionRecord();
    const openText = pdfText(await renderPdf(electionNotice(open, LABELS))).replace(/\s+/g, ' ');
    expect(openText).toContain('末位候选人得票相同，须按议事规则决定');
    expect(openText).toContain('当选业主委员会委员 张伟');
    expect(openText).not.toContain('刘洋 当选');
  });

  it('an election not yet certified says its result is not sealed', async () => {
    const text = pdfText(await renderPdf(electionNotice(electionRecord(), LABELS)));
    expect(text).toContain('本结果尚未封存');
  });
});
