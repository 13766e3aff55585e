import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { ChecklistInput } from '../generated/graphql';

export const ChecklistItemParts = graphql(`fragment ChecklistItemParts on ChecklistItemType { key kind titleZh titleEn suggestedReviewers }`);

const ChecklistVersions = graphql(`
  query ChecklistVersions { checklistVersions { id version title source publishedById createdAt items { ...ChecklistItemParts } } }
`);
const ChecklistDrafts = graphql(`
  query ChecklistDraftList { checklistDrafts { id version title source updatedAt availableActions items { ...ChecklistItemParts } } }
`);
const ChecklistDraft = graphql(`
  query ChecklistDraftOne($id: ID!) { checklistDraft(id: $id) { id version title source publishedVersionId items { ...ChecklistItemParts } } }
`);
const CreateChecklistDraft = graphql(`
  mutation CreateChecklistDraftCall($input: ChecklistInput!) { createChecklistDraft(input: $input) { id version } }
`);
const UpdateChecklistDraft = graphql(`
  mutation UpdateChecklistDraftCall($id: ID!, $version: Int!, $input: ChecklistInput!) { updateChecklistDraft(id: $id, version: $version, input: $input) { id version } }
`);
const PublishChecklistDraft = graphql(`
  mutation PublishChecklistDraftCall($id: ID!, $version: Int!) { publishChecklistDraft(id: $id, version: $version) { id version } }
`);


/** The eligibility checklist's versions (read by everyone who follows elections) and the admin's drafts of the next one. */
export const checklistCalls = {
  async getChecklistVersions() {
    return { data: (await call(ChecklistVersions, {})).checklistVersions };
  },
  async getChecklistDrafts() {
    return { data: (await call(ChecklistDrafts, {})).checklistDrafts };
  },
  async getChecklistDraft(id: string) {
    return { data: (await call(ChecklistDraft, { id })).checklistDraft };
  },
  async createChecklistDraft(input: ChecklistInput) {
    return { data: (await call(CreateChecklistDraft, { input }, input as unknown as Record<string, unknown>)).createChecklistDraft };
  },
  async updateChecklistDraft(id: string, version: number, input: ChecklistInput) {
    return { data: (await call(UpdateChecklistDraft, { id, version, input }, input as unknown as Record<string, unknown>)).updateChecklistDraft };
  },
  async publishChecklistDraft(id: string, version: number) {
    return { data: (await call(PublishChecklistDraft, { id, version })).publishChecklistDraft };
  },
};
