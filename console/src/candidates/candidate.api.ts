import { call } from '../dataProvider/client';
import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { CandidateRecordFragment, EligibilityCheckInput, EligibilityChecksInput, ObjectionInput } from '../generated/graphql';

export const CandidateRecord = graphql(`
  fragment CandidateRecord on Candidate {
    id version electionId ownerId partyMember nominatedBy nominatedOn decision decisionExplanation withdrawn
    owner { id name } election { id title phase estateId seats }
    checklist { id version title items { key kind titleZh titleEn suggestedReviewers } }
    checks { itemKey result reviewingBody reviewer checkedOn evidenceNote overrideReason updatedAt }
    registerFindings { itemKey says unitsInEstate }
    objections { id filedOn filedBy reason resolution resolvedOn }
  }
`);

/** A candidate is read one by one, from the election workspace: their review against the checklist. */
export const candidates = defineResource('candidates', {
  one: graphql(`query Candidate($id: ID!) { record: candidate(id: $id) { ...CandidateRecord } }`),
  normalise: (c: CandidateRecordFragment) => ({ ...c, name: c.owner?.name ?? '' }),
});

const RecordCheck = graphql(`
  mutation Check($candidateId: ID!, $version: Int!, $input: EligibilityCheckInput!) {
    recordEligibilityCheck(candidateId: $candidateId, version: $version, input: $input) { id version decision }
  }
`);
const RecordChecks = graphql(`
  mutation Checks($candidateId: ID!, $version: Int!, $input: EligibilityChecksInput!) {
    recordEligibilityChecks(candidateId: $candidateId, version: $version, input: $input) { id version decision }
  }
`);
const FileObjection = graphql(`
  mutation Object($candidateId: ID!, $input: ObjectionInput!) { fileObjection(candidateId: $candidateId, input: $input) { id } }
`);
const ResolveObjection = graphql(`mutation Resolve($id: ID!, $resolution: String!) { resolveObjection(id: $id, resolution: $resolution) { id resolvedOn } }`);

/** The eligibility review (officers): a check per checklist item, objections filed and resolved. */
export const candidateCalls = {
  async recordEligibilityCheck(candidateId: string, version: number, input: EligibilityCheckInput) {
    return { data: (await call(RecordCheck, { candidateId, version, input }, { ...input })).recordEligibilityCheck };
  },
  /** Several items at once (the remaining ones): all recorded or none; problems come back on `items[i].field`. */
  async recordEligibilityChecks(candidateId: string, version: number, input: EligibilityChecksInput) {
    return { data: (await call(RecordChecks, { candidateId, version, input }, { reviewer: input.reviewer, checkedOn: input.checkedOn })).recordEligibilityChecks };
  },
  async fileObjection(candidateId: string, input: ObjectionInput) {
    return { data: (await call(FileObjection, { candidateId, input }, { ...input })).fileObjection };
  },
  async resolveObjection(id: string, resolution: string) {
    return { data: (await call(ResolveObjection, { id, resolution })).resolveObjection };
  },
};
