import { Button, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { useFormat } from '../shared/fields';
import { FormDialog, useDialogAction, useDialogFieldProblems } from '../shared/FormDialog';

const PAGE = 20;

type RollUnit = Awaited<ReturnType<RegistryDataProvider['getRollUnits']>>['data']['items'][number];

/**
 * The units of an estate's live roll with their owners, paged; the officer who keeps the roll takes off a unit
 * recorded by mistake (docs/roles-and-workflows.md#unit-removal), at the version shown, with a reason.
 */
export function RollUnits({ estateId, outside }: { estateId: string; outside: boolean }) {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canRemove } = useCanAccess({ resource: 'ownerRoll', action: 'removeUnit' });
  const [page, setPage] = useState(0);
  const [removing, setRemoving] = useState<RollUnit | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps, reset } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const { data } = useQuery({
    queryKey: ['rollUnits', estateId, page],
    queryFn: () => dataProvider.getRollUnits(estateId, page, PAGE).then((r) => r.data),
    retry: false,
  });
  if (!data || data.totalItems === 0) return null;
  const address = (u: RollUnit) => `${u.building}${u.unitNo}${u.room}`;
  const owners = (u: RollUnit) =>
    u.developerHeld
      ? translate('wuye.roll.developer')
      : u.ownerships
          .map((o) => {
            // an organisation owning units (单位业主) is said so: it counts and votes, it never stands
            const name = o.owner.kind === 'ORGANISATION' ? `${o.owner.name}${translate('wuye.roll.organisation_mark')}` : o.owner.name;
            return o.designatedVoter && u.ownerships.length > 1 ? `${name}${translate('wuye.roll.voter_mark')}` : name;
          })
          .join('、');
  return (
    <>
      <Table size="small" sx={{ mt: 2 }} data-testid="roll-units">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.roll.address')}</TableCell>
            <TableCell align="right">{translate('resources.owners.fields.area')}</TableCell>
            <TableCell>{translate('resources.owners.fields.areaSource')}</TableCell>
            <TableCell>{translate('wuye.roll.owners')}</TableCell>
            {canRemove && !outside && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.items.map((u) => (
            <TableRow key={u.id} data-testid={`roll-unit-${u.id}`}>
              <TableCell>{address(u)}</TableCell>
              <TableCell align="right">{format.squareMetres(u.area)}</TableCell>
              <TableCell>{translate(`wuye.areaSource.${u.areaSource}`)}</TableCell>
              <TableCell>{owners(u)}</TableCell>
              {canRemove && !outside && (
                <TableCell>
                  <Button
                    size="small"
                    color="error"
                    onClick={() => {
                      setError(null);
                      reset();
                      setReason('');
                      setRemoving(u);
                    }}
                    data-testid="remove-unit"
                  >
                    {translate('wuye.roll.remove_unit')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {data.totalItems > PAGE && (
        <TablePagination
          component="div"
          count={data.totalItems}
          page={page}
          rowsPerPage={PAGE}
          rowsPerPageOptions={[]}
          onPageChange={(_, next) => setPage(next)}
          labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
          getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
          data-testid="roll-unit-pages"
        />
      )}
      {removing && (
        <FormDialog
          open
          danger
          testId="remove-unit-dialog"
          title={`${translate('wuye.roll.remove_unit')}：${address(removing)}`}
          content={translate('wuye.roll.remove_unit_help')}
          confirmLabel={translate('wuye.roll.remove_unit')}
          ready={reason.trim().length >= 2}
          error={error}
          onClose={() => setRemoving(null)}
          onConfirm={() => act(keeping(() => dataProvider.removeUnit(removing.id, removing.version, reason.trim())), 'wuye.roll.unit_removed')}
        >
          <Typography variant="body2">{owners(removing) || '—'}</Typography>
          <TextField
            label={translate('wuye.roll.remove_reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            {...fieldProps('reason')}
            slotProps={{ htmlInput: { 'data-testid': 'remove-unit-reason' } }}
          />
        </FormDialog>
      )}
    </>
  );
}
