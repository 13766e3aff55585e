import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { AssessingBody, ItemAdjustmentInput, ItemScoreInput } from '../generated/graphql';
import { withEstatePlace } from '../shared/estatePlace';
import { requiredId, text } from '../shared/inputs';

export const AssessmentRecord = graphql(`
  fragment AssessmentRecord on Assessment {
    id version projectId estateId firmId quarter category state assessingBody total maxTotal submittedAt reviewedAt returnNote
    availableActions createdAt updatedAt
    project { id name } firm { id name } estate { ...EstatePlace }
  }
`);
/** A single assessment reads its items with their titles and maximums. */
export const AssessmentDetail = graphql(`
  fragment AssessmentDetail on Assessment {
    ...AssessmentRecord
    items { key titleZh titleEn maxScore score note adjustedScore adjustReason finalScore }
    scheme { id edition title }
  }
`);

const normalise = <R extends { project?: { name: string } | null; firm?: { name: string } | null; estate?: Parameters<typeof withEstatePlace>[0]['estate'] }>(raw: R) => ({
  ...withEstatePlace(raw),
  projectName: raw.project?.name ?? null,
  firmName: raw.firm?.name ?? null,
});

const Create = graphql(`mutation AssessmentCreate($input: AssessmentInput!) { record: createAssessment(input: $input) { ...AssessmentDetail } }`);

export const assessments = defineResource('assessments', {
  list: graphql(`
    query AssessmentList($options: AssessmentListOptions) { list: assessments(options: $options) { totalItems nextCursor items { ...AssessmentRecord } } }
  `),
  one: graphql(`query AssessmentOne($id: ID!) { record: assessment(id: $id) { ...AssessmentDetail } }`),
  create: {
    document: Create,
    input: (d: { projectId?: string; quarter?: string; assessingBody?: AssessingBody }) => ({ projectId: requiredId(d.projectId), quarter: text(d.quarter), assessingBody: d.assessingBody ?? 'STREET_OFFICE' }),
  },
  normalise,
  sort: { fields: { id: 'ID', quarter: 'QUARTER', total: 'TOTAL', updatedAt: 'UPDATED_AT' }, default: 'ID' },
});

const Score = graphql(`
  mutation AssessmentScore($id: ID!, $version: Int!, $scores: [ItemScoreInput!]!) { record: scoreAssessment(id: $id, version: $version, scores: $scores) { ...AssessmentDetail } }
`);
const Submit = graphql(`mutation AssessmentSubmit($id: ID!, $version: Int!) { record: submitAssessment(id: $id, version: $version) { ...AssessmentDetail } }`);
const Return = graphql(`
  mutation AssessmentReturn($id: ID!, $version: Int!, $note: String!) { record: returnAssessment(id: $id, version: $version, note: $note) { ...AssessmentDetail } }
`);
const Review = graphql(`
  mutation AssessmentReview($id: ID!, $version: Int!, $adjustments: [ItemAdjustmentInput!]!) {
    record: reviewAssessment(id: $id, version: $version, adjustments: $adjustments) { ...AssessmentDetail }
  }
`);

export const assessmentCalls = {
  /** the assessor's scores, at the version on screen */
  async scoreAssessment(id: string, version: number, scores: ItemScoreInput[]) {
    return { data: normalise((await call(Score, { id, version, scores })).record) };
  },
  async submitAssessment(id: string, version: number) {
    return { data: normalise((await call(Submit, { id, version })).record) };
  },
  async returnAssessment(id: string, version: number, note: string) {
    return { data: normalise((await call(Return, { id, version, note }, { note })).record) };
  },
  /** the city's review: changed items, each with its reason */
  async reviewAssessment(id: string, version: number, adjustments: ItemAdjustmentInput[]) {
    return { data: normalise((await call(Review, { id, version, adjustments })).record) };
  },
};
