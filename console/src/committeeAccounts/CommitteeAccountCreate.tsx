import { Alert, Link as MuiLink } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
import { maxValue, minValue, NumberInput, required, useGetList, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { EstateChoice } from '../shared/AssemblyInputs';
import { maxDecimals } from '../shared/decimals';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { Create } from '../shared/views';
import type { CommitteeAccountForm } from './committeeAccount.api';

const wholeNumber = (value: unknown) => (value !== null && value !== undefined && value !== '' && !Number.isInteger(Number(value)) ? 'wuye.rules.INTEGER' : undefined);

/** The estate's book, if it has one: an estate keeps one book (the server refuses a second: ALREADY_EXISTS). */
function useBookOf(estateId: string | undefined): { id: string } | undefined {
  const { data } = useGetList(
    'committeeAccounts',
    { filter: { estateId }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: !!estateId },
  );
  return estateId ? data?.[0] : undefined;
}

function CommitteeAccountInputs() {
  const translate = useTranslate();
  const estateId: string | undefined = useWatch({ name: 'estateId' }) || undefined;
  const book = useBookOf(estateId);
  const bookRef = useRef(book);
  bookRef.current = book;
  const noBookYet = useMemo(() => (value: unknown) => (value && bookRef.current ? 'wuye.rules.COMMITTEE_ACCOUNT_EXISTS' : undefined), []);
  // the estate was checked when chosen, before its book was looked up: check it again once that is known
  const { trigger } = useFormContext();
  useEffect(() => {
    if (estateId) void trigger('estateId');
  }, [book?.id, estateId, trigger]);
  return (
    <>
      <EstateChoice validate={[noBookYet]} />
      {book && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="account-exists">
          {translate('wuye.rules.COMMITTEE_ACCOUNT_EXISTS')}{' '}
          <MuiLink component={Link} to={`/committeeAccounts/${book.id}/show`} color="inherit" sx={{ fontWeight: 500 }}>
            {translate('wuye.money.open_existing')}
          </MuiLink>
        </Alert>
      )}
      {/* what the rules of procedure delegate to the committee: 元, two decimals at most (the API's DECIMAL_PLACES), refused never rounded */}
      <NumberInput source="spendingLimit" step={0.01} validate={[required(), minValue(0), maxValue(100_000_000), maxDecimals(2)]} helperText="wuye.money.spending_limit_help" />
      <NumberInput source="statementDueDays" step={1} validate={[required(), wholeNumber, minValue(1), maxValue(366)]} />
    </>
  );
}

/** A quarter's statement is due 30 days after it ends unless the rules of procedure say otherwise (the API's default). */
const start = (): CommitteeAccountForm => ({ statementDueDays: 30 });

/** Opens an estate's committee book (业账社管) with the spending limit its rules of procedure delegate to the committee. */
export default function CommitteeAccountCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={start()}>
        <CommitteeAccountInputs />
      </RecordForm>
    </Create>
  );
}
