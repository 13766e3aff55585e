import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { AssessmentSchemeInput } from '../generated/graphql';

export const SchemeRecord = graphql(`
  fragment SchemeRecord on AssessmentScheme {
    id version edition title source state publishedAt createdAt updatedAt redSharePercent blackSharePercent matureAfterYears availableActions
    items { key titleZh titleEn maxScore categories } maxTotals { category maxTotal }
  }
`);

const Schemes = graphql(`query SchemeList { list: assessmentSchemes { ...SchemeRecord } }`);

/** Schemes are few (one per edition and draft): the API answers them all, and the console pages locally. */
export const assessmentSchemes = defineResource('assessmentSchemes', {
  one: graphql(`query SchemeOne($id: ID!) { record: assessmentScheme(id: $id) { ...SchemeRecord } }`),
});

const CreateScheme = graphql(`mutation SchemeCreate($input: AssessmentSchemeInput!) { record: createAssessmentScheme(input: $input) { ...SchemeRecord } }`);
const PublishScheme = graphql(`mutation SchemePublish($id: ID!, $version: Int!) { record: publishAssessmentScheme(id: $id, version: $version) { ...SchemeRecord } }`);

export const schemeCalls = {
  async listAssessmentSchemes() {
    return { data: (await call(Schemes, {})).list };
  },
  /** a new draft, e.g. a copy of an edition to change */
  async createAssessmentScheme(input: AssessmentSchemeInput) {
    return { data: (await call(CreateScheme, { input }, { ...input })).record };
  },
  async publishAssessmentScheme(id: string, version: number) {
    return { data: (await call(PublishScheme, { id, version })).record };
  },
};
