import type { Theme } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const phone = (theme: Theme) => theme.breakpoints.down('sm');

/**
 * react-admin's theme, fitted to a phone (an officer at a ballot table, 390 px wide): a wide table scrolls
 * inside its own box instead of widening the page, tabs scroll, toolbars wrap.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    MuiTable: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({ [phone(theme)]: { display: 'block', overflowX: 'auto', maxWidth: '100%' } }),
      },
    },
    // labels as written: MUI upper-cases buttons (「EXCEL」, 「SAVE」), which a Chinese UI and its English labels do not want
    MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTabs: {
      defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true },
    },
    // react-admin lets a wide page widen the layout (min-width: fit-content); on a phone the page keeps the
    // screen's width and what is wider scrolls inside its own box
    RaLayout: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          [phone(theme)]: { minWidth: 0, '& .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 } },
        }),
      },
    },
    RaShow: { styleOverrides: { root: { '& .RaShow-card': { minWidth: 0 } } } },
    RaEdit: { styleOverrides: { root: { '& .RaEdit-card': { minWidth: 0 } } } },
    RaCreate: { styleOverrides: { root: { '& .RaCreate-card': { minWidth: 0 } } } },
    RaList: { styleOverrides: { root: { '& .RaList-main, & .RaList-content': { minWidth: 0 } } } },
    // a column's heading never broken inside a word: a narrow column broke 「编号」 after its first character, and on
    // one line each the longer English headings ("Residential fee (per m² per month)") widened lists past 1280 px
    // and a chip in a cell ("13 days overdue") wraps at its spaces rather than widening its column
    RaDatagrid: {
      styleOverrides: {
        root: {
          '& .RaDatagrid-headerCell': { wordBreak: 'keep-all', overflowWrap: 'normal' },
          '& .RaDatagrid-rowCell .MuiChip-root': { height: 'auto', minHeight: 24, maxWidth: '100%' },
          '& .RaDatagrid-rowCell .MuiChip-label': { whiteSpace: 'normal', wordBreak: 'keep-all' },
        },
      },
    },
    RaTopToolbar: {
      styleOverrides: {
        root: { flexWrap: 'wrap', rowGap: 4 },
      },
    },
  } as RaThemeOptions['components'],
};
