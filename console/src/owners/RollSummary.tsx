import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode } from '../dataProvider/errors';
import { useFormat } from '../shared/fields';
import { rollImportPath, useOwnerRoll } from './ownerRoll';
import { partialRoll } from './rollCoverage';
import { RollUnits } from './RollUnits';

/**
 * An estate's owner roll as it counts for votes (docs/domain-rules.md#counting): units, voting persons, total area, the
 * developer's units, and co-owned units without a designated voter, then the units themselves; officers import it
 * from here and take off a unit recorded by mistake.
 */
export function RollSummary() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const { canAccess } = useCanAccess({ resource: 'ownerRoll', action: 'show' });
  const { canAccess: canImport } = useCanAccess({ resource: 'ownerRoll', action: 'import' });
  const { data: roll, error } = useOwnerRoll(record ? String(record.id) : undefined);
  if (!record || !canAccess) return null;
  const outside = errorCode(error) === 'FORBIDDEN';
  const figures: Array<[string, string]> = roll
    ? [
        ['units', format.quantity(roll.units)],
        ['headcount', format.quantity(roll.headcount)],
        ['area', format.squareMetres(roll.totalArea)],
        ['developer_units', format.quantity(roll.developerHeldUnits)],
        ['undesignated', format.quantity(roll.undesignatedUnits)],
      ]
    : [];
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="roll-summary">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6">{translate('wuye.roll.title')}</Typography>
          {canImport && !outside && (
            <Button component={Link} to={rollImportPath(String(record.id))} size="small" startIcon={<UploadIcon />} data-testid="import-roll">
              {translate('wuye.roll.import')}
            </Button>
          )}
        </Stack>
        {outside && <Alert severity="info">{translate('wuye.roll.outside')}</Alert>}
        {roll && partialRoll(roll.units, record.households) && (
          <Alert severity="warning" sx={{ mb: 1 }} data-testid="roll-partial">
            {translate('wuye.roll.partial', { units: roll.units, households: record.households })}
          </Alert>
        )}
        {roll && roll.units === 0 && <Typography variant="body2">{translate('wuye.roll.empty')}</Typography>}
        {roll && roll.units > 0 && (
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {figures.map(([key, value]) => (
              <div key={key} data-figure={key}>
                <Typography variant="caption" color="text.secondary">
                  {translate(`wuye.roll.${key}`)}
                </Typography>
                <Typography variant="h6">{value}</Typography>
              </div>
            ))}
          </Stack>
        )}
        {roll && roll.units > 0 && <RollUnits estateId={String(record.id)} outside={outside} />}
      </CardContent>
    </Card>
  );
}
