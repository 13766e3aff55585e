import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Confirm, Loading, Title, useNotify, useTranslate } from 'react-admin';
import type { RankingPreviewQuery } from '../generated/graphql';
import { todayInChina } from '../shared/fields';
import { ListTables } from './ListTables';
import { redBlackCalls } from './redBlackList.api';
import { quarterLabel } from '../shared/quarters';

type Ranking = RankingPreviewQuery['quarterRanking'];

/** The last eight quarters, the current one first. */
function recentQuarters(): string[] {
  const today = todayInChina();
  let index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const quarters: string[] = [];
  for (let n = 0; n < 8; n++, index--) quarters.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  return quarters;
}

/**
 * Why 发布 is not offered, where it would be: submitted assessments still waiting for a review and returned ones waiting
 * to be submitted again (ASSESSMENTS_WAITING, with links to them) and, for a registrar who reviewed some the list
 * ranks, that another registrar publishes it.
 */
function PublishHindrances({ ranking }: { ranking: Ranking }) {
  const translate = useTranslate();
  if (ranking.published) return null;
  // the quarter's assessments in one state, a click away
  const waitingIn = (count: number, state: 'SUBMITTED' | 'RETURNED', testId: string, message: string, link: string) =>
    count > 0 && (
      <Alert severity="info" data-testid={testId}>
        {translate(message, { smart_count: count })}{' '}
        <Link to={`/assessments?filter=${encodeURIComponent(JSON.stringify({ quarter: ranking.quarter, state }))}`} data-testid={`${testId}-link`}>
          {translate(link)}
        </Link>
      </Alert>
    );
  return (
    <>
      {waitingIn(ranking.waitingForReview, 'SUBMITTED', 'ranking-waiting', 'wuye.assessment.waiting_for_review', 'wuye.assessment.waiting_link')}
      {waitingIn(ranking.waitingForResubmission, 'RETURNED', 'ranking-returned', 'wuye.assessment.waiting_for_resubmission', 'wuye.assessment.returned_link')}
      {ranking.reviewedByYou > 0 && (
        <Alert severity="info" data-testid="ranking-reviewed-by-you">
          {translate('wuye.assessment.reviewed_by_you', { smart_count: ranking.reviewedByYou })}
        </Alert>
      )}
    </>
  );
}

/** The city's view of a quarter: the ranking as it would be published, the unranked apart, and publishing it. */
export default function QuarterRankingPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const quarters = recentQuarters();
  const [quarter, setQuarter] = useState(quarters[1]);
  const [ranking, setRanking] = useState<Ranking | null>(null);
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(() => {
    setRanking(null);
    redBlackCalls.quarterRanking(quarter).then(({ data }) => setRanking(data), (error: Error) => notify(error.message, { type: 'error' }));
  }, [quarter, notify]);
  useEffect(load, [load]);
  const publish = async () => {
    setConfirming(false);
    try {
      await redBlackCalls.publishRedBlackList(quarter);
      notify(translate('wuye.assessment.list_published', { quarter }), { type: 'success' });
      load();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="wuye.assessment.menu_ranking" />
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <TextField select size="small" label={translate('wuye.assessment.quarter')} value={quarter} onChange={(e) => setQuarter(e.target.value)} sx={{ width: 200 }}>
              {quarters.map((q) => (
                <MenuItem key={q} value={q}>
                  {quarterLabel(q, translate)}
                </MenuItem>
              ))}
            </TextField>
            {/* offered only where the move accepts it: never to a registrar who reviewed the quarter's assessments (maker-checker) */}
            {ranking && ranking.availableActions.includes('PUBLISH') && (
              <Button variant="contained" onClick={() => setConfirming(true)} data-testid="publish-list">
                {translate('wuye.assessment.publish_list', { quarter })}
              </Button>
            )}
          </Stack>
          {!ranking ? (
            <Loading />
          ) : (
            <>
              <PublishHindrances ranking={ranking} />
              {ranking.published && (
                <Alert severity="success">
                  {translate('wuye.assessment.already_published')} <Link to="/red-black-list">{translate('wuye.assessment.menu_public')}</Link>
                </Alert>
              )}
              <Typography variant="subtitle1">{translate('wuye.assessment.preview')}</Typography>
              <ListTables rows={ranking.ranked.filter((r) => r.place)} counts={ranking.categories} />
              <Typography variant="subtitle1">{translate('wuye.assessment.unranked')}</Typography>
              <ListTables rows={ranking.unranked} />
            </>
          )}
        </Stack>
        <Confirm isOpen={confirming} title={translate('wuye.assessment.publish_list', { quarter })} content={translate('wuye.assessment.publish_confirm')} onConfirm={publish} onClose={() => setConfirming(false)} />
      </CardContent>
    </Card>
  );
}
