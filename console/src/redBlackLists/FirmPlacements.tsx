import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import type { FirmQuery } from '../generated/graphql';
import { quarterLabel } from '../shared/quarters';
import { PlaceChip } from './ListTables';

type Placement = NonNullable<FirmQuery['record']>['redBlackPlacements'][number];

/** A firm's places on published red/black lists, newest quarter first (read with the firm, batched). */
export function FirmPlacements() {
  const record = useRecordContext<{ redBlackPlacements?: Placement[] }>();
  const translate = useTranslate();
  const placements = record?.redBlackPlacements ?? [];
  return (
    <Labeled label="wuye.assessment.placements">
      {placements.length === 0 ? (
        <Typography variant="body2">—</Typography>
      ) : (
        <Table size="small" data-testid="firm-placements">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wuye.assessment.quarter')}</TableCell>
              <TableCell>{translate('wuye.assessment.place')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.category')}</TableCell>
              <TableCell>{translate('wuye.assessment.rank')}</TableCell>
              <TableCell>{translate('resources.assessments.fields.projectName')}</TableCell>
              <TableCell align="right">{translate('resources.assessments.fields.total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {placements.map((p) => (
              <TableRow key={`${p.quarter}-${p.projectName}`}>
                <TableCell>{quarterLabel(p.quarter, translate)}</TableCell>
                <TableCell>
                  <PlaceChip place={p.place} />
                </TableCell>
                <TableCell>{translate(`wuye.estateCategory.${p.category}`)}</TableCell>
                <TableCell>{p.rank}</TableCell>
                <TableCell>{p.projectName}</TableCell>
                <TableCell align="right">{translate('wuye.assessment.total_of', { total: p.total, max: p.maxTotal })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Labeled>
  );
}
