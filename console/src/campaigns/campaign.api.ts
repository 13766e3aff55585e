import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { CampaignInput, CampaignMeasureInput, CampaignRecordFragment, MeasureBound, MeasureKind } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { type FormValues, optionalText, requiredInt, text } from '../shared/inputs';

export const MEASURE_KINDS: MeasureKind[] = ['COUNT', 'AREA', 'YES_NO'];

/** The form's measures: the kind and bound as chosen; a bound is kept for a count only (the server's BOUND_ON_COUNT). */
type Form = FormValues<CampaignRecordFragment>;
const measureInput = (m: Partial<CampaignMeasureInput>): CampaignMeasureInput => ({
  code: text(m.code).toUpperCase(),
  labelZh: text(m.labelZh),
  labelEn: text(m.labelEn),
  unit: text(m.unit),
  kind: m.kind ?? 'COUNT',
  bound: (m.bound as MeasureBound | null | undefined) || null,
});
const campaignInput = (d: Form): CampaignInput => ({
  name: text(d.name),
  year: requiredInt(d.year),
  startsOn: text(d.startsOn),
  endsOn: text(d.endsOn),
  description: optionalText(d.description),
  measures: ((d.measures ?? []) as Array<Partial<CampaignMeasureInput>>).map(measureInput),
});

/** A campaign with its measures and verified totals (city first, then each district). */
export const CampaignRecord = graphql(`
  fragment CampaignRecord on Campaign {
    id version name year startsOn endsOn status description updatedAt
    measures { id code labelZh labelEn unit kind bound }
    totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } }
  }
`);

export const campaigns = defineResource('campaigns', {
  list: graphql(`
    query CampaignList($options: CampaignListOptions) {
      list: campaigns(options: $options) { totalItems nextCursor items { id version name year startsOn endsOn status updatedAt } }
    }
  `),
  one: graphql(`query CampaignOne($id: ID!) { record: campaign(id: $id) { ...CampaignRecord } }`),
  create: {
    document: graphql(`mutation CreateCampaignRecord($input: CampaignInput!) { record: createCampaign(input: $input) { ...CampaignRecord } }`),
    input: campaignInput,
  },
  update: {
    document: graphql(`
      mutation UpdateCampaignRecord($id: ID!, $version: Int!, $input: CampaignInput!) {
        record: updateCampaign(id: $id, version: $version, input: $input) { ...CampaignRecord }
      }
    `),
    input: campaignInput,
  },
  sort: { fields: { id: 'ID', name: 'NAME', startsOn: 'STARTS_ON', updatedAt: 'UPDATED_AT' }, default: 'STARTS_ON' },
});

export const CampaignReportRecord = graphql(`
  fragment CampaignReportRecord on CampaignReport {
    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce updatedAt
    estate { ...EstatePlace }
    quantities { measure { code unit } quantity }
  }
`);

/** Estates' reports of a campaign (the campaign's page lists them by `campaignId`); officers read their subdistricts'. */
export const campaignReports = defineResource('campaignReports', {
  list: graphql(`
    query CampaignReportList($options: CampaignReportListOptions) {
      list: campaignReports(options: $options) { totalItems nextCursor items { ...CampaignReportRecord } }
    }
  `),
  one: graphql(`query CampaignReportOne($id: ID!) { record: campaignReport(id: $id) { ...CampaignReportRecord } }`),
  normalise: withEstatePlace,
  sort: { fields: { id: 'ID', completedOn: 'COMPLETED_ON', updatedAt: 'UPDATED_AT' }, default: 'ID' },
});

const ReportProgress = graphql(`
  mutation ReportCampaignProgressOf($input: CampaignReportInput!) { reportCampaignProgress(input: $input) { id version status } }
`);
const CloseCampaign = graphql(`
  mutation CloseCampaignOf($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { id version status } }
`);
const VerifyReport = graphql(`
  mutation VerifyCampaignReportOf($id: ID!, $version: Int!) { verifyCampaignReport(id: $id, version: $version) { id version status verifyHeldBy } }
`);

export interface ReportValues {
  campaignId: string;
  estateId: string;
  completedOn: string;
  note?: string;
  correctsId?: string | null;
  quantities: Array<{ measure: string; quantity: string }>;
}

/** A campaign's own calls: an officer reports an estate's work, another officer verifies it (each at its version). */
export const campaignCalls = {
  async reportCampaignProgress(values: ReportValues) {
    const input = {
      campaignId: values.campaignId,
      estateId: values.estateId,
      completedOn: values.completedOn,
      note: values.note?.trim() || null,
      correctsId: values.correctsId ?? null,
      quantities: values.quantities.map((q) => ({ measure: q.measure, quantity: q.quantity.trim() })),
    };
    return { data: (await call(ReportProgress, { input }, input)).reportCampaignProgress };
  },
  async closeCampaign({ id, version }: { id: string; version: number }) {
    return { data: (await call(CloseCampaign, { id, version })).closeCampaign };
  },
  async verifyCampaignReport({ id, version }: { id: string; version: number }) {
    return { data: (await call(VerifyReport, { id, version })).verifyCampaignReport };
  },
};
