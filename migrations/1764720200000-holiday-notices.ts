import { MigrationInterface, QueryRunner } from 'typeorm';
// a type only: nothing of the code runs in this migration, so later code changes cannot alter what it did
import type { PublishedNoticeText } from '../api/src/shared/notice-text';

/**
 * The notices in force when this table was created, moved here from the code's hand-kept calendar (public
 * law facts, so production has them without a demo seed). Texts checked: 2024 against zh.wikisource and 人民日报
 * 2023-10-26; 2025 against the Xinhua text (gmw.cn 2024-11-12); 2026 against the Xinhua text (gmw.cn 2025-11-04,
 * 中山日报 2025-11-05), its number as cited with the gov.cn text.
 */
export const NOTICES_2024_2026: readonly PublishedNoticeText[] = [
  {
    year: 2024,
    document: '国办发明电〔2023〕7号',
    // 除夕 (2024-02-09) was only "encouraged" as a day off: it stays a working day
    off: [
      ['2024-01-01', '2024-01-01', '元旦'],
      ['2024-02-10', '2024-02-17', '春节'],
      ['2024-04-04', '2024-04-06', '清明节'],
      ['2024-05-01', '2024-05-05', '劳动节'],
      ['2024-06-10', '2024-06-10', '端午节'],
      ['2024-09-15', '2024-09-17', '中秋节'],
      ['2024-10-01', '2024-10-07', '国庆节'],
    ],
    workdays: [
      ['2024-02-04', '春节调休上班'],
      ['2024-02-18', '春节调休上班'],
      ['2024-04-07', '清明节调休上班'],
      ['2024-04-28', '劳动节调休上班'],
      ['2024-05-11', '劳动节调休上班'],
      ['2024-09-14', '中秋节调休上班'],
      ['2024-09-29', '国庆节调休上班'],
      ['2024-10-12', '国庆节调休上班'],
    ],
  },
  {
    year: 2025,
    document: '国办发明电〔2024〕12号',
    off: [
      ['2025-01-01', '2025-01-01', '元旦'],
      ['2025-01-28', '2025-02-04', '春节'],
      ['2025-04-04', '2025-04-06', '清明节'],
      ['2025-05-01', '2025-05-05', '劳动节'],
      ['2025-05-31', '2025-06-02', '端午节'],
      ['2025-10-01', '2025-10-08', '国庆节、中秋节'],
    ],
    workdays: [
      ['2025-01-26', '春节调休上班'],
      ['2025-02-08', '春节调休上班'],
      ['2025-04-27', '劳动节调休上班'],
      ['2025-09-28', '国庆节、中秋节调休上班'],
      ['2025-10-11', '国庆节、中秋节调休上班'],
    ],
  },
  {
    year: 2026,
    document: '国办发明电〔2025〕7号',
    off: [
      ['2026-01-01', '2026-01-03', '元旦'],
      ['2026-02-15', '2026-02-23', '春节'],
      ['2026-04-04', '2026-04-06', '清明节'],
      ['2026-05-01', '2026-05-05', '劳动节'],
      ['2026-06-19', '2026-06-21', '端午节'],
      ['2026-09-25', '2026-09-27', '中秋节'],
      ['2026-10-01', '2026-10-07', '国庆节'],
    ],
    workdays: [
      ['2026-01-04', '元旦调休上班'],
      ['2026-02-14', '春节调休上班'],
      ['2026-02-28', '春节调休上班'],
      ['2026-05-09', '劳动节调休上班'],
      ['2026-09-20', '国庆节调休上班'],
      ['2026-10-10', '国庆节调休上班'],
    ],
  },
];

/**
 * The State Council's yearly holiday notices as data (docs/domain-rules.md#holidays): one row per day the notice names, entered
 * by an admin when the notice appears. The law's own holidays are computed, not stored.
 */
export class HolidayNotices1764720200000 implements MigrationInterface {
  name = 'HolidayNotices1764720200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE holiday_notice_day (
        date date PRIMARY KEY,
        year integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('OFF', 'WORKDAY')),
        note text NOT NULL DEFAULT '',
        document text NOT NULL CHECK (length(document) > 0),
        entered_by_id integer REFERENCES app_user(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- a notice speaks of its year, reaching back at most to 25 December before (as the 2019 and 2023 ones did)
        CHECK (date BETWEEN make_date(year - 1, 12, 25) AND make_date(year, 12, 31)),
        -- a make-up working day is a weekend day: every weekday is one already
        CHECK (kind = 'OFF' OR extract(isodow FROM date) >= 6),
        -- one notice per year: every day of a year carries the same document
        EXCLUDE USING gist (year WITH =, document WITH <>)
      )`);
    await q.query(`CREATE INDEX holiday_notice_day_year_idx ON holiday_notice_day (year)`);

    const off = NOTICES_2024_2026.flatMap((n) => n.off.map(([from, to, note]) => ({ year: n.year, document: n.document, from, to, note })));
    const workdays = NOTICES_2024_2026.flatMap((n) => n.workdays.map(([date, note]) => ({ year: n.year, document: n.document, date, note })));
    await q.query(
      `INSERT INTO holiday_notice_day (date, year, kind, note, document)
       SELECT d::date, r.year, 'OFF', r.note, r.document
         FROM jsonb_to_recordset($1::jsonb) AS r(year integer, document text, "from" date, "to" date, note text),
              generate_series(r."from", r."to", interval '1 day') AS d`,
      [JSON.stringify(off)],
    );
    await q.query(
      `INSERT INTO holiday_notice_day (date, year, kind, note, document)
       SELECT r.date, r.year, 'WORKDAY', r.note, r.document
         FROM jsonb_to_recordset($1::jsonb) AS r(year integer, document text, date date, note text)`,
      [JSON.stringify(workdays)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE holiday_notice_day`);
  }
}
