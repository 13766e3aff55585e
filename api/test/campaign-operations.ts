/** The operations of the rectification campaign tests, typed by `npm run codegen`. */
import { graphql } from './generated';

export const CAMPAIGN_FIELDS = graphql(`
  fragment CampaignFields on Campaign {
    id version name year startsOn endsOn status description
    measures { id code labelZh labelEn unit kind bound }
  }`);

export const REPORT_FIELDS = graphql(`
  fragment CampaignReportFields on CampaignReport {
    id version campaignId estateId completedOn note status correctsId reportedBy verifiedBy verifiedAt verifyHeldBy inForce
    quantities { measure { code } quantity }
  }`);

export const CREATE_CAMPAIGN = graphql(`mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }`);
export const UPDATE_CAMPAIGN = graphql(`mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {
  updateCampaign(id: $id, version: $version, input: $input) { ...CampaignFields } }`);
export const CLOSE_CAMPAIGN = graphql(`mutation CloseCampaign($id: ID!, $version: Int!) { closeCampaign(id: $id, version: $version) { ...CampaignFields } }`);
export const REPORT_PROGRESS = graphql(`mutation ReportCampaignProgress($input: CampaignReportInput!) {
  reportCampaignProgress(input: $input) { ...CampaignReportFields } }`);
export const UPDATE_REPORT = graphql(`mutation UpdateCampaignReport($id: ID!, $version: Int!, $input: CampaignReportUpdateInput!) {
  updateCampaignReport(id: $id, version: $version, input: $input) { ...CampaignReportFields } }`);
export const VERIFY_REPORT = graphql(`mutation VerifyCampaignReport($id: ID!, $version: Int!) {
  verifyCampaignReport(id: $id, version: $version) { ...CampaignReportFields } }`);
export const GET_REPORT = graphql(`query GetCampaignReport($id: ID!) { campaignReport(id: $id) { ...CampaignReportFields } }`);
export const CAMPAIGN_TOTALS = graphql(`query CampaignTotals($id: ID!) {
  campaign(id: $id) { id name totals { districtId districtName estatesCovered estateElevators measures { measure { code } total estates } } } }`);
export const LIST_CAMPAIGNS = graphql(`query ListCampaigns($options: CampaignListOptions) {
  campaigns(options: $options) { totalItems items { id name status totals { districtId estatesCovered measures { measure { code } total } } } } }`);
export const LIST_REPORTS = graphql(`query ListCampaignReports($options: CampaignReportListOptions) {
  campaignReports(options: $options) {
    totalItems nextCursor
    items { id status completedOn reportedBy verifiedBy verifyHeldBy inForce campaign { name } estate { name district { name } } quantities { measure { code unit } quantity } }
  } }`);
