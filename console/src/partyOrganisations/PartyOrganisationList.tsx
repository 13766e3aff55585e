import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, NumberField, SimpleList, TextField, TextInput, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { translatedExporter } from '../shared/exporter';
import { EnumChipField, LocaleDateField } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';
import { PARTY_ORGANISATION_KINDS } from './partyOrganisation.api';
import { LabelOrderSelectInput } from '../shared/LabelOrderInputs';

function useFilters() {
  const translate = useTranslate();
  return [
    <TextInput key="q" source="q" alwaysOn />,
    <LabelOrderSelectInput key="kind" source="kind" alwaysOn choices={PARTY_ORGANISATION_KINDS.map((id) => ({ id, name: translate(`wuye.partyOrganisationKind.${id}`) }))} />,
  ];
}

const exporter = translatedExporter('partyOrganisations', ['id', 'name', 'kind', 'hostName', 'memberCount', 'establishedOn'], { kind: 'partyOrganisationKind' });

/** Party organisations of firms and estates (红色物业), by kind; on a phone, a simple list. */
export default function PartyOrganisationList() {
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={useFilters()} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} actions={<ListActions />}>
      {phone ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => `${translate(`wuye.partyOrganisationKind.${r.kind}`)} · ${r.hostName ?? ''}`}
          tertiaryText={(r) => translate('wuye.party.members_n', { count: r.memberCount })}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <EnumChipField source="kind" group="partyOrganisationKind" sortable={false} />
          <TextField source="hostName" sortable={false} />
          <NumberField source="memberCount" />
          <LocaleDateField source="establishedOn" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
}
