import { CreateButton, Datagrid, FilterButton, FunctionField, SelectInput, TextField, TextInput, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { EnumChipField, type ChipColor } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { quarterLabel } from '../shared/quarters';

export const ASSESSMENT_STATE_COLORS: Record<string, ChipColor> = { SUBMITTED: 'warning', RETURNED: 'error', REVIEWED: 'info', PUBLISHED: 'success' };
const STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'PUBLISHED'];
const CATEGORIES = ['PRELIMINARY', 'OWNER_HIRED', 'MATURE'];

function useFilters() {
  const translate = useTranslate();
  return [
    <TextInput key="quarter" source="quarter" alwaysOn placeholder="2026-Q3" />,
    <SelectInput key="state" source="state" alwaysOn choices={STATES.map((id) => ({ id, name: translate(`wuye.assessmentState.${id}`) }))} />,
    <SelectInput key="category" source="category" choices={CATEGORIES.map((id) => ({ id, name: translate(`wuye.estateCategory.${id}`) }))} />,
    <PlaceInput key="districtId" source="districtId" reference="districts" />,
    <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" />,
  ];
}

function Actions() {
  const { canAccess } = useCanAccess({ resource: 'assessments', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      {canAccess && <CreateButton />}
    </TopToolbar>
  );
}

/** Assessments by quarter and state; an officer sees those of their subdistricts (the server narrows). */
export default function AssessmentList() {
  const translate = useTranslate();
  return (
    <List filters={useFilters()} sort={{ field: 'id', order: 'DESC' }} actions={<Actions />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField source="quarter" render={(r) => quarterLabel(r.quarter, translate)} sx={{ whiteSpace: 'nowrap' }} />
        <TextField source="projectName" sortable={false} />
        <TextField source="estateName" sortable={false} />
        <TextField source="firmName" sortable={false} />
        <EnumChipField source="category" group="estateCategory" sortable={false} />
        <EnumChipField source="state" group="assessmentState" colors={ASSESSMENT_STATE_COLORS} sortable={false} />
        <FunctionField
          source="total"
          render={(r) => (r.total === null ? translate('wuye.assessment.unscored') : translate('wuye.assessment.total_of', { total: r.total, max: r.maxTotal }))}
        />
      </Datagrid>
    </List>
  );
}
