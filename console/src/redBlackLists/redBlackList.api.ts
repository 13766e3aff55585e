import { call } from '../dataProvider/client';
import { graphql } from '../generated';

export const PublicList = graphql(`
  fragment PublicList on RedBlackList {
    quarter schemeEdition redSharePercent blackSharePercent publishedAt sha256 sealVerified
    categories { category ranked unranked redPlaces blackPlaces }
    entries { category place rank projectName estateName firmName total maxTotal }
  }
`);
const Lists = graphql(`query PublicRedBlackLists($take: Int) { redBlackLists(options: { take: $take }) { totalItems items { quarter publishedAt } } }`);
const List = graphql(`query PublicRedBlackList($quarter: String!) { redBlackList(quarter: $quarter) { ...PublicList canonicalJson } }`);
const Ranking = graphql(`
  query RankingPreview($quarter: String!) {
    quarterRanking(quarter: $quarter) {
      quarter schemeEdition published availableActions waitingForReview waitingForResubmission reviewedByYou categories { category ranked unranked redPlaces blackPlaces }
      ranked { projectId assessmentId projectName estateName firmName category state total maxTotal rank place }
      unranked { projectId assessmentId projectName estateName firmName category state total maxTotal }
    }
  }
`);
const Publish = graphql(`mutation PublishList($quarter: String!) { publishRedBlackList(quarter: $quarter) { ...PublicList } }`);

/** The public lists need no sign-in: these calls work without a session (the API admits anyone to them). */
export const redBlackCalls = {
  /** the quarters published, newest first (a page of 100 covers 25 years) */
  async redBlackLists() {
    return { data: (await call(Lists, { take: 100 })).redBlackLists.items };
  },
  async redBlackList(quarter: string) {
    return { data: (await call(List, { quarter })).redBlackList };
  },
  /** the city's preview of a quarter not yet published */
  async quarterRanking(quarter: string) {
    return { data: (await call(Ranking, { quarter })).quarterRanking };
  },
  async publishRedBlackList(quarter: string) {
    return { data: (await call(Publish, { quarter }, { quarter })).publishRedBlackList };
  },
};
