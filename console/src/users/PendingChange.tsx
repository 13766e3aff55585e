import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useShowPasswordHalf } from './passwordHalf';
import type { AccountChangePartsFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { PendingProposal } from '../shared/PendingProposal';

/** What a proposed account change would do, in words, and why its proposer asks for it. */
export function describeAccountChange(pending: AccountChangePartsFragment, translate: ReturnType<typeof useTranslate>): string {
  return [
    pending.creates ? translate('wuye.users.change_creates') : null,
    pending.activates ? translate('wuye.users.change_activates') : null,
    pending.role ? translate('wuye.users.change_role', { role: translate(`wuye.role.${pending.role.toLowerCase()}`) }) : null,
    pending.setsPassword ? translate('wuye.users.change_password') : null,
    pending.subdistricts ? translate('wuye.users.change_subdistricts', { names: pending.subdistricts.map((s) => s.name).join('、') || '—' }) : null,
    pending.reason ? translate('wuye.users.change_reason', { reason: pending.reason }) : null,
  ]
    .filter(Boolean)
    .join('；');
}

/**
 * What one admin proposed for this account and is not in force yet (docs/roles-and-workflows.md#account-dual-control):
 * 确认 / 驳回 for another admin, 撤回 for the proposer.
 */
export function PendingChange() {
  const record = useRecordContext<{ pendingChange?: AccountChangePartsFragment | null }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const showHalf = useShowPasswordHalf();
  const pending = record?.pendingChange;
  if (!pending) return null;
  return (
    <PendingProposal
      testId="pending-account-change"
      title={translate('wuye.users.change_title')}
      what={describeAccountChange(pending, translate)}
      proposal={pending}
      helpChecker="wuye.users.help_checker"
      helpProposer="wuye.users.help_proposer"
      decide={async (args) => {
        const answer = await dataProvider.decideAccountChange(args);
        // the second half of a one-time password: shown to the confirming admin in this answer only
        showHalf((answer.data as { passwordHalf?: string | null }).passwordHalf, 'second');
        return answer;
      }}
    />
  );
}
