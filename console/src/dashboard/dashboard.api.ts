import { call } from '../dataProvider/client';
import { graphql } from '../generated';

const Dashboard = graphql(`
  query Dashboard {
    dashboard {
      firms { approved target submitted total } projects { approved target submitted total }
      committees { approved target submitted total } waitingTotal
      waiting { kind id name submittedAt waitingDays } byDistrict { districtId code name firms projects committees }
      elections { byPhase { phase count } overdueFilingsTotal overdueFilings { id committeeId estateName dueOn dueOnProvisional daysOverdue } }
      assessments { quarter projects completed submitted inProgress latestList { quarter categories { redPlaces blackPlaces } } }
      statements { books overdue unpublished late { accountId estateId estateName lag year quarter dueOn quarters } }
      demonstrations { city cityTarget provincial provincialTarget }
      campaigns { id name status measures { code labelZh labelEn unit } totals { districtId estatesCovered measures { measure { code } total } } }
    }
  }
`);

export const dashboardCalls = {
  /** the registry against its targets, what waits, by district; elections for those who read them */
  async getDashboard() {
    return { data: (await call(Dashboard, {})).dashboard };
  },
};
