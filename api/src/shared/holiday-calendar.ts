import type { IsoDate } from './iso-date';

/**
 * PRC public holidays as data: the State Council General Office's yearly notice (国务院办公厅关于XXXX年部分节假日
 * 安排的通知). Each year lists its holiday days (放假调休, weekdays and weekends alike) and its make-up working
 * days (调休上班, weekends that are working days). A year missing here is unknown, never assumed.
 * Add next year's notice when it is published (usually October–November).
 */
export interface HolidayPeriod {
  name: string;
  from: IsoDate;
  to: IsoDate;
}

export interface HolidaySchedule {
  year: number;
  /** The notice, its date, and where the text was checked. */
  source: string;
  holidays: readonly HolidayPeriod[];
  makeUpWorkdays: readonly IsoDate[];
}

export interface HolidayCalendar {
  schedules: readonly HolidaySchedule[];
}

export const PRC_HOLIDAY_CALENDAR: HolidayCalendar = {
  schedules: [
    {
      year: 2024,
      source: '国办发明电〔2023〕7号, 2023-10-25; checked against zh.wikisource and 人民日报 2023-10-26 p. 6',
      // 除夕 (2024-02-09) was only "encouraged" as a day off: it is a working day
      holidays: [
        { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
        { name: '春节', from: '2024-02-10', to: '2024-02-17' },
        { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
        { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
        { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
        { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
        { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
      ],
      makeUpWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
    },
    {
      year: 2025,
      source: '国办发明电〔2024〕12号, 2024-11-12; checked against the Xinhua text on gmw.cn 2024-11-12',
      holidays: [
        { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
        { name: '春节', from: '2025-01-28', to: '2025-02-04' },
        { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
        { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
        { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
        { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
      ],
      makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
    {
      year: 2026,
      source: '国务院办公厅通知 of 2025-11-04 (number not seen); checked against the Xinhua text on gmw.cn and hrbtv.net 2025-11-04, 中山日报 2025-11-05',
      holidays: [
        { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
        { name: '春节', from: '2026-02-15', to: '2026-02-23' },
        { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
        { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
        { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
        { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
        { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
      ],
      makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
  ],
};
