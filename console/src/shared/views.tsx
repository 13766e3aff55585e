import type { MouseEvent } from 'react';
import { Create as RaCreate, Edit as RaEdit, List as RaList, Show as RaShow, type CreateProps, type EditProps, type ListProps, type ShowProps } from 'react-admin';
import type { Theme } from '@mui/material';

/*
 * react-admin's List, Create, Edit and Show, rendered without its wait for the auth checks
 * (docs/architecture.md#console-pages). That wait reads a canAccess query it does not watch: the list's
 * create button starts one, a quick move to the create page unmounts the button and cancels the query, which
 * then stays "pending", and the page stayed on its spinner for good. Our authProvider answers from the
 * session in memory, and each page's controller still sends a refused role to access-denied; the one data
 * request it may send first is the same with or without the wait, and the API refuses it.
 */

/** How a list fits a narrow window (below 1200 px, e.g. a 1024 px laptop): columns (by source) to leave out, and long texts kept narrow (wrapped, never cut). */
export interface NarrowColumns {
  hide?: readonly string[];
  clip?: readonly string[];
}

const column = (sources: readonly string[]) => sources.map((source) => `& .column-${source}`).join(', ');

/** The list's layout below 1200 px: the toolbar wraps instead of pushing its buttons off-screen; secondary columns go; long texts wrap in a narrower column */
export function narrowListSx({ hide = [], clip = [] }: NarrowColumns = {}) {
  return (theme: Theme) => ({
    // a phone keeps react-admin's own toolbar (its buttons collapse to icons there)
    [theme.breakpoints.up('sm')]: { '& .RaList-actions, & .RaTopToolbar-root': { flexWrap: 'wrap' } },
    [theme.breakpoints.down('lg')]: {
      ...(hide.length ? { [column(hide)]: { display: 'none' } } : {}),
      // wrapped, not cut to one line with …: a firm's name cut at 湖州碧浪物业… could not be told from its neighbour's (the new user's walk)
      ...(clip.length ? { [column(clip)]: { maxWidth: '11rem', whiteSpace: 'normal', overflowWrap: 'anywhere', '& *': { whiteSpace: 'normal' } } } : {}),
    },
  });
}

/** A cell cut short shows its full text on hover. */
function titleClippedCell(event: MouseEvent<HTMLElement>) {
  const cell = (event.target as HTMLElement).closest('td');
  if (cell && cell.scrollWidth > cell.clientWidth && !cell.title) cell.title = cell.textContent ?? '';
}

/**
 * react-admin seeds each listed row into the cache of its record page (getOne, under the list's `meta`): the record
 * page then first draws the list's row, which lacks the page's own fields (an assessment's scheme: a crash). The
 * lists' own `meta` keeps those seeds apart, so a record page draws only the record as the server reads it for it.
 */
const LISTED = { listed: true } as const;

export const List = ({ narrow, sx, queryOptions, ...props }: ListProps & { narrow?: NarrowColumns }) => (
  // no box of its own (display: contents): the list lays out in the page as before, a phone's included
  <div style={{ display: 'contents' }} onMouseOver={titleClippedCell}>
    <RaList
      authLoading={false}
      sx={[narrowListSx(narrow), ...(Array.isArray(sx) ? sx : sx ? [sx] : [])]}
      queryOptions={{ ...queryOptions, meta: { ...queryOptions?.meta, ...LISTED } }}
      {...props}
    />
  </div>
);
export const Create = (props: CreateProps) => <RaCreate authLoading={false} {...props} />;
export const Edit = (props: EditProps) => <RaEdit authLoading={false} {...props} />;
export const Show = (props: ShowProps) => <RaShow authLoading={false} {...props} />;
