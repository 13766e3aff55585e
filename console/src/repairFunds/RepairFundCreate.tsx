import { Alert, Link as MuiLink, Stack } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
import { AutocompleteInput, maxValue, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput, useGetList, useGetOne, useTranslate, type RaRecord } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { PURPOSE_MATTERS, ResolutionPurpose } from '../../../api/src/resolutions/resolution-purposes';
import { maxDecimals } from '../shared/decimals';
import { todayInChina } from '../shared/fields';
import { RecordForm } from '../shared/RecordForm';
import { useJurisdiction } from '../shared/useJurisdiction';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { Create } from '../shared/views';
import type { RepairFundForm } from './repairFund.api';
import { BY_NAME } from '../shared/choiceOrder';

/** The matters of an owners' resolution that set the fee a fund is set aside from (docs/domain-rules.md#resolution-purposes). */
const FEE_MATTERS: readonly string[] = PURPOSE_MATTERS[ResolutionPurpose.REPAIR_FUND_FEE];
const decidesTheFee = (resolution: { matter?: string }) => !resolution?.matter || FEE_MATTERS.includes(resolution.matter);
const month = (value: string) => (value && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? 'wuye.rules.MONTH' : undefined);

/** The project's fund, if it has one: a project keeps one fund (the server refuses a second: ALREADY_EXISTS). */
function useFundOf(projectId: string | undefined): { id: string } | undefined {
  const { data } = useGetList(
    'repairFunds',
    { filter: { projectId }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: !!projectId },
  );
  return projectId ? data?.[0] : undefined;
}

/** The project, within the officer's own subdistricts: first the subdistrict, then its projects; one without a fund yet. */
function ProjectChoice() {
  const translate = useTranslate();
  const jurisdiction = useJurisdiction();
  const subdistrictId = useWatch({ name: 'subdistrictId' });
  const projectId: string | undefined = useWatch({ name: 'projectId' }) || undefined;
  const fund = useFundOf(projectId);
  const fundRef = useRef(fund);
  fundRef.current = fund;
  const noFundYet = useMemo(() => (value: unknown) => (value && fundRef.current ? 'wuye.rules.REPAIR_FUND_EXISTS' : undefined), []);
  // the project was checked when chosen, before its fund was looked up: check it again once that is known
  const { trigger } = useFormContext();
  useEffect(() => {
    if (projectId) void trigger('projectId');
  }, [fund?.id, projectId, trigger]);
  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput source="subdistrictId" choices={jurisdiction} validate={required()} sx={{ minWidth: 200 }} />
        <ReferenceInput source="projectId" reference="projects" filter={subdistrictId ? { subdistrictId } : { ids: [] }} sort={BY_NAME}>
          <AutocompleteInput
            // an estate may have had more than one project of the same name: the filing number tells them apart
            optionText={(p: { name: string; filingNumber?: string | null } | undefined) => (p ? (p.filingNumber ? `${p.name}（${p.filingNumber}）` : p.name) : '')}
            filterToQuery={(name: string) => ({ name })}
            validate={[required(), noFundYet]}
            disabled={!subdistrictId}
            sx={{ minWidth: 320 }}
          />
        </ReferenceInput>
      </Stack>
      {fund && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="fund-exists">
          {translate('wuye.rules.REPAIR_FUND_EXISTS')}{' '}
          <MuiLink component={Link} to={`/repairFunds/${fund.id}/show`} color="inherit" sx={{ fontWeight: 500 }}>
            {translate('wuye.money.open_existing')}
          </MuiLink>
        </Alert>
      )}
    </>
  );
}

/**
 * The owners' resolution that set the fee: a closed vote of the project's estate whose matter decides it (6 or 9);
 * whether the vote passed the server checks (RESOLUTION_NOT_PASSED at this field).
 */
function ResolutionChoice() {
  const projectId: string | undefined = useWatch({ name: 'projectId' }) || undefined;
  const { data: project } = useGetOne('projects', { id: projectId! }, { enabled: !!projectId });
  const estateId: string | undefined = projectId && project?.estateId ? String(project.estateId) : undefined;
  return (
    <ReferenceInput source="resolutionId" reference="resolutions" filter={estateId ? { estateId, phase: 'CLOSED' } : { ids: [] }}>
      <AutocompleteInput
        optionText="title"
        getOptionDisabled={(resolution: RaRecord) => !decidesTheFee(resolution as { matter?: string })}
        disabled={!estateId}
        helperText="wuye.money.fund_resolution_help"
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
  );
}

function RepairFundInputs() {
  return (
    <>
      <ProjectChoice />
      {/* 元/m²/月 with four decimals at most, more than zero; the share set aside in per cent, two decimals (api/src/repair-fund/accrual.ts) */}
      <NumberInput source="feeRate" step={0.0001} validate={[required(), minValue(0.0001), maxValue(9999.9999), maxDecimals(4)]} />
      <NumberInput source="setAsidePercent" step={0.01} validate={[required(), minValue(0.01), maxValue(100), maxDecimals(2)]} />
      <TextInput source="fromMonth" type="month" validate={[required(), month]} slotProps={{ inputLabel: { shrink: true } }} />
      <ResolutionChoice />
    </>
  );
}

/** The fund accrues from this month on unless the officer says otherwise. */
const start = (): RepairFundForm => ({ fromMonth: todayInChina().slice(0, 7) });

/** Opens a project's small-repair fund (以养代修) with its first terms and the owners' resolution that set the fee. */
export default function RepairFundCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={start()}>
        <RepairFundInputs />
      </RecordForm>
    </Create>
  );
}
