import { defineResource } from '../dataProvider/buildQuery';
import { graphql } from '../generated';
import type { ProjectInput, ProjectRecordFragment } from '../generated/graphql';
import { decimal, type FormValues, int, optionalText, requiredDecimal, requiredId, requiredInt, text } from '../shared/inputs';

export const ProjectRecord = graphql(`
  fragment ProjectRecord on Project {
    id version name estateId firmId projectManager managerPhone contractStart contractEnd selectionMethod billingModel
    residentialFee commercialFee parkingFee households managedArea
    filingStatus filingNumber createdById submittedById submittedAt decidedById decidedAt
    returnReason returnNote revokeReason revokeNote availableActions createdAt updatedAt
  }
`);

/** The project form (ProjectInputs) as the API's ProjectInput: fees and areas as exact decimal strings. */
export const projectInput = (d: FormValues<ProjectRecordFragment, 'selectionMethod' | 'billingModel'>): ProjectInput => ({
  name: text(d.name),
  estateId: requiredId(d.estateId),
  firmId: requiredId(d.firmId),
  projectManager: text(d.projectManager),
  managerPhone: text(d.managerPhone),
  contractStart: text(d.contractStart),
  contractEnd: text(d.contractEnd),
  selectionMethod: d.selectionMethod,
  billingModel: d.billingModel,
  residentialFee: requiredDecimal(d.residentialFee),
  commercialFee: decimal(d.commercialFee),
  parkingFee: decimal(d.parkingFee),
  households: requiredInt(d.households),
  managedArea: requiredDecimal(d.managedArea),
});

export const projects = defineResource('projects', {
  list: graphql(`
    query ProjectList($options: ProjectListOptions) { list: projects(options: $options) { totalItems nextCursor items { ...ProjectRecord } } }
  `),
  // one project also says which approved project its contract overlaps until it is decided, and its firm's filing: what holds 提交 and 通过
  one: graphql(`query Project($id: ID!) { record: project(id: $id) { ...ProjectRecord overlapsApproved { id name filingNumber } firm { id name filingStatus status } } }`),
  create: {
    document: graphql(`mutation CreateProject($input: ProjectInput!) { record: createProject(input: $input) { ...ProjectRecord } }`),
    input: projectInput,
  },
  update: {
    document: graphql(`
      mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {
        record: updateProject(id: $id, version: $version, input: $input) { ...ProjectRecord }
      }
    `),
    input: projectInput,
  },
  sort: {
    fields: { id: 'ID', name: 'NAME', contractStart: 'CONTRACT_START', contractEnd: 'CONTRACT_END', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' },
    default: 'NAME',
  },
  filing: {
    SUBMIT: graphql(`mutation SubmitProject($id: ID!, $version: Int!) { record: submitProject(id: $id, version: $version) { ...ProjectRecord } }`),
    APPROVE: graphql(`mutation ApproveProject($id: ID!, $version: Int!) { record: approveProject(id: $id, version: $version) { ...ProjectRecord } }`),
    RETURN: graphql(`
      mutation ReturnProject($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
        record: returnProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }
      }
    `),
    REVOKE: graphql(`
      mutation RevokeProject($id: ID!, $version: Int!, $reason: RevokeReason!, $note: String) {
        record: revokeProject(id: $id, version: $version, reason: $reason, note: $note) { ...ProjectRecord }
      }
    `),
  },
});
