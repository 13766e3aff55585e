import { FunctionField, NumberField, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import { EnumChipField, LocaleDateField } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { ShowActions } from '../shared/ResourceActions';

export default function PartyOrganisationShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions filing={false} />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumChipField source="kind" group="partyOrganisationKind" />
        <FunctionField source="hostKind" render={(r) => translate(`wuye.party.host_${r.hostKind}`)} />
        <TextField source="hostName" />
        <NumberField source="memberCount" />
        <LocaleDateField source="establishedOn" />
        <HistoryPanel entityType="PartyOrganisation" />
      </SimpleShowLayout>
    </Show>
  );
}
