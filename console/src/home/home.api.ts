import { call } from '../dataProvider/client';
import { graphql } from '../generated';

/** An officer's home: their subdistricts, their running elections, their committee filings (overdue first). */
const OfficerHome = graphql(`
  query OfficerHome {
    me { jurisdiction { id name } }
    elections(options: { take: 100, filter: { open: true }, sort: { field: UPDATED_AT, direction: DESC } }) {
      totalItems
      items { id title phase estate { name } phases { phase endsOn } }
    }
    overdue: committeeFilings(options: { take: 25, filter: { overdue: true }, sort: { field: DUE_ON } }) {
      totalItems
      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }
    }
    upcoming: committeeFilings(options: { take: 25, filter: { overdue: false, filingStatus: DRAFT }, sort: { field: DUE_ON } }) {
      totalItems
      items { id dueOn dueOnProvisional filingStatus committee { estate { name } } }
    }
  }
`);

/** A clerk's home: their drafts, and their filings a registrar returned (with the reason). */
const ClerkHome = graphql(`
  query ClerkHome {
    firmDrafts: firms(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {
      totalItems
      items { id name updatedAt }
    }
    projectDrafts: projects(options: { take: 25, filter: { mine: true, filingStatus: DRAFT }, sort: { field: UPDATED_AT, direction: DESC } }) {
      totalItems
      items { id name updatedAt }
    }
    firmsReturned: firms(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {
      totalItems
      items { id name decidedAt returnReason returnNote }
    }
    projectsReturned: projects(options: { take: 25, filter: { mine: true, filingStatus: RETURNED }, sort: { field: UPDATED_AT, direction: DESC } }) {
      totalItems
      items { id name decidedAt returnReason returnNote }
    }
  }
`);

/** A registrar's home: the submitted filings they may decide, longest waiting first, and how many of their own wait for another. */
const RegistrarHome = graphql(`
  query RegistrarHome {
    firms(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {
      totalItems
      items { id name submittedAt }
    }
    projects(options: { take: 50, filter: { filingStatus: SUBMITTED, submittedByMe: false }, sort: { field: SUBMITTED_AT } }) {
      totalItems
      items { id name submittedAt }
    }
    committeeFilings(options: { take: 50, filter: { filingStatus: SUBMITTED } }) {
      totalItems
      items { id submittedAt submittedById committee { estate { name } } }
    }
    ownFirms: firms(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }
    ownProjects: projects(options: { take: 1, filter: { filingStatus: SUBMITTED, submittedByMe: true } }) { totalItems }
  }
`);

export const homeCalls = {
  async getOfficerHome() {
    return { data: await call(OfficerHome, {}) };
  },
  async getClerkHome() {
    return { data: await call(ClerkHome, {}) };
  },
  async getRegistrarHome() {
    return { data: await call(RegistrarHome, {}) };
  },
};
