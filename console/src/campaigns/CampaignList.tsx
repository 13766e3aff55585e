import { Chip, useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, FunctionField, NumberField, SelectInput, SimpleList, TextField, TextInput, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { LocaleDateField, useFormat } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';

const statusChoices = [
  { id: 'OPEN', name: 'wuye.campaignStatus.OPEN' },
  { id: 'CLOSED', name: 'wuye.campaignStatus.CLOSED' },
];

const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

/** Special rectification campaigns (物业专项整治行动), latest first. */
export default function CampaignList() {
  const translate = useTranslate();
  const format = useFormat();
  // a phone shows one line per campaign, without sideways scrolling (as the other lists)
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'startsOn', order: 'DESC' }} exporter={false} actions={<ListActions />}>
      {phone ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => `${format.day(r.startsOn)} – ${format.day(r.endsOn)}`}
          tertiaryText={(r) => translate(`wuye.campaignStatus.${r.status}`)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <NumberField source="year" options={{ useGrouping: false }} />
          <LocaleDateField source="startsOn" />
          <LocaleDateField source="endsOn" />
          <FunctionField
            source="status"
            sortable={false}
            render={(r) => <Chip size="small" color={r.status === 'OPEN' ? 'success' : 'default'} label={translate(`wuye.campaignStatus.${r.status}`)} />}
          />
        </Datagrid>
      )}
    </List>
  );
}
