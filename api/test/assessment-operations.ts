/** The GraphQL operations of the assessment tests, typed by `npm run codegen`. */
import { graphql } from './generated';

export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on Assessment {
    id version projectId estateId firmId quarter category state assessingBody total maxTotal assessorId reviewerId returnNote availableActions
    items { key maxScore score note adjustedScore adjustReason finalScore }
  }`);

export const LIST_ASSESSMENTS = graphql(`query Assessments($options: AssessmentListOptions) {
  assessments(options: $options) { totalItems items { id projectId quarter category state project { contractStart contractEnd } } } }`);
export const GET_ASSESSMENT = graphql(`query Assessment($id: ID!) { assessment(id: $id) { ...AssessmentFields } }`);
export const CREATE_ASSESSMENT = graphql(`mutation CreateAssessment($input: AssessmentInput!) { createAssessment(input: $input) { ...AssessmentFields } }`);
export const SCORE_ASSESSMENT = graphql(`mutation ScoreAssessment($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) {
  scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentFields } }`);
export const SUBMIT_ASSESSMENT = graphql(`mutation SubmitAssessment($id: ID!, $version: Int!) { submitAssessment(id: $id, version: $version) { ...AssessmentFields } }`);
export const RETURN_ASSESSMENT = graphql(`mutation ReturnAssessment($id: ID!, $version: Int!, $note: String!) {
  returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentFields } }`);
export const REVIEW_ASSESSMENT = graphql(`mutation ReviewAssessment($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {
  reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentFields } }`);

export const RED_BLACK_LIST_FIELDS = graphql(`
  fragment RedBlackListFields on RedBlackList {
    quarter schemeEdition publishedAt sha256 canonicalJson sealVerified
    categories { category ranked unranked redPlaces blackPlaces }
    entries { category place rank projectName estateName firmName total maxTotal }
  }`);
export const RED_BLACK_LIST = graphql(`query RedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...RedBlackListFields } }`);
export const RED_BLACK_LISTS = graphql(`query RedBlackLists($options: RedBlackListListOptions) {
  redBlackLists(options: $options) { totalItems nextCursor items { quarter sha256 sealVerified entries { place } } } }`);
export const RED_BLACK_LIST_PAGES = graphql(`query RedBlackListPages($options: RedBlackListListOptions, $place: RedBlackPlace, $skip: Int, $take: Int) {
  redBlackLists(options: $options) { totalItems nextCursor items { quarter categories { category redPlaces blackPlaces } entries(place: $place, skip: $skip, take: $take) { place category rank projectName } } } }`);
export const PUBLISH_LIST = graphql(`mutation PublishRedBlackList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...RedBlackListFields } }`);
export const QUARTER_RANKING = graphql(`query QuarterRanking($quarter: String!) {
  quarterRanking(quarter: $quarter) { quarter published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked } ranked { projectId rank place total } unranked { projectId state } } }`);

export const FIRMS_WITH_PLACEMENTS = graphql(`query FirmsWithPlacements($options: FirmListOptions) {
  firms(options: $options) { items { id name redBlackPlacements { quarter place category rank total } } } }`);
export const DASHBOARD_ASSESSMENTS = graphql(`query DashboardAssessments {
  dashboard { assessments { quarter projects completed submitted inProgress latestList { quarter entries { place } } } } }`);

export const SCHEMES = graphql(`query AssessmentSchemes { assessmentSchemes { id version edition state title availableActions items { key maxScore categories } maxTotals { category maxTotal } } }`);
export const CREATE_SCHEME = graphql(`mutation CreateAssessmentScheme($input: AssessmentSchemeInput!) {
  createAssessmentScheme(input: $input) { id version edition state } }`);
export const UPDATE_SCHEME = graphql(`mutation UpdateAssessmentScheme($id: ID!, $version: Int!, $input: AssessmentSchemeInput!) {
  updateAssessmentScheme(id: $id, version: $version, input: $input) { id version edition state } }`);
export const PUBLISH_SCHEME = graphql(`mutation PublishAssessmentScheme($id: ID!, $version: Int!) {
  publishAssessmentScheme(id: $id, version: $version) { id version edition state publishedAt } }`);
