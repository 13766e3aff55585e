import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface PlacedRow {
  category: string;
  place?: string | null;
  rank?: number | null;
  projectName: string;
  estateName: string;
  firmName: string;
  total?: number | null;
  maxTotal?: number | null;
}

const CATEGORIES = ['PRELIMINARY', 'OWNER_HIRED', 'MATURE'];

export function PlaceChip({ place }: { place: string | null | undefined }) {
  const translate = useTranslate();
  if (!place) return null;
  return <Chip size="small" color={place === 'RED' ? 'error' : 'default'} sx={place === 'BLACK' ? { bgcolor: '#212121', color: '#fff' } : undefined} label={translate(`wuye.redBlackPlace.${place}`)} data-place={place} />;
}

/** Rows grouped by category, each with its place, rank and score. */
export function ListTables({ rows, counts }: { rows: PlacedRow[]; counts?: Array<{ category: string; ranked: number; unranked: number; redPlaces: number; blackPlaces: number }> }) {
  const translate = useTranslate();
  return (
    <Stack spacing={3}>
      {CATEGORIES.map((category) => {
        const mine = rows.filter((r) => r.category === category);
        const count = counts?.find((c) => c.category === category);
        return (
          <div key={category} data-category={category}>
            <Typography variant="h6">{translate(`wuye.estateCategory.${category}`)}</Typography>
            {count && (
              <Typography variant="body2" color="text.secondary">
                {translate('wuye.assessment.counts', { ranked: count.ranked, unranked: count.unranked, red: count.redPlaces, black: count.blackPlaces })}
              </Typography>
            )}
            {mine.length === 0 ? (
              <Typography variant="body2">{translate('wuye.assessment.none_placed')}</Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('wuye.assessment.place')}</TableCell>
                    <TableCell>{translate('wuye.assessment.rank')}</TableCell>
                    <TableCell>{translate('resources.assessments.fields.projectName')}</TableCell>
                    <TableCell>{translate('resources.assessments.fields.estateName')}</TableCell>
                    <TableCell>{translate('resources.assessments.fields.firmName')}</TableCell>
                    <TableCell align="right">{translate('resources.assessments.fields.total')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {mine.map((r) => (
                    <TableRow key={`${r.place}-${r.projectName}-${r.rank}`} data-testid="list-row">
                      <TableCell>
                        <PlaceChip place={r.place} />
                      </TableCell>
                      <TableCell>{r.rank ?? '—'}</TableCell>
                      <TableCell>{r.projectName}</TableCell>
                      <TableCell>{r.estateName}</TableCell>
                      <TableCell>{r.firmName}</TableCell>
                      <TableCell align="right">{r.total === null || r.total === undefined ? '—' : translate('wuye.assessment.total_of', { total: r.total, max: r.maxTotal })}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
