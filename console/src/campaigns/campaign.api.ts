import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import { withEstatePlace } from '../shared/estatePlace';

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
  async verifyCampaignReport({ id, version }: { id: string; version: number }) {
    return { data: (await call(VerifyReport, { id, version })).verifyCampaignReport };
  },
};
