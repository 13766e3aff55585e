import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import PublishIcon from '@mui/icons-material/Publish';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Title, useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { ChecklistItemPartsFragment } from '../generated/graphql';
import { canAccess } from '../permissions';
import type { RegistryDataProvider } from '../resources';
import { useFormat } from '../shared/fields';
import { checklistSource, checklistTitle } from './builtInChecklist';
import { FormDialog, useDialogAction } from '../shared/FormDialog';

/** A checklist's items: kind, title and the bodies that usually answer each; the key and both titles for the admin who edits it. */
export function ChecklistItemsTable({ items, editor = false }: { items: readonly ChecklistItemPartsFragment[]; editor?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="checklist-items">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.checklists.kind')}</TableCell>
            {editor ? (
              <>
                <TableCell>{translate('wuye.checklists.key')}</TableCell>
                <TableCell>{translate('wuye.checklists.title_zh')}</TableCell>
                <TableCell>{translate('wuye.checklists.title_en')}</TableCell>
              </>
            ) : (
              <TableCell>{translate('wuye.checklists.item_title')}</TableCell>
            )}
            <TableCell>{translate('wuye.checklists.reviewers')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.key} data-item={item.key}>
              <TableCell>
                <Chip size="small" label={translate(`wuye.checkKind.${item.kind}`)} />
              </TableCell>
              {editor ? (
                <>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{item.key}</TableCell>
                  <TableCell>{item.titleZh}</TableCell>
                  <TableCell>{item.titleEn}</TableCell>
                </>
              ) : (
                <TableCell>{locale === 'en' ? item.titleEn : item.titleZh}</TableCell>
              )}
              <TableCell>{item.suggestedReviewers.map((b) => translate(`wuye.reviewingBody.${b}`)).join('、')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** A draft's publication, confirmed: it becomes the next version, the one new nominations are reviewed by. */
function PublishButton({ draft, next }: { draft: { id: string; version: number; title: string; availableActions: string[] }; next: number }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  const publish = async () => {
    const done = await act(() => dataProvider.publishChecklistDraft(draft.id, draft.version), 'wuye.checklists.published', (r) => ({ version: r.data.version }));
    await queryClient.invalidateQueries({ queryKey: ['checklists'] });
    return done;
  };
  // maker-checker (docs/roles-and-workflows.md#policies): the draft's last editor sees the button held, and why
  const held = !draft.availableActions.includes('PUBLISH');
  return (
    <>
      <Button size="small" variant="contained" startIcon={<PublishIcon />} disabled={held} onClick={() => (setError(null), setOpen(true))} data-testid={`publish-draft-${draft.id}`}>
        {translate('wuye.checklists.publish')}
      </Button>
      {held && (
        <Typography variant="body2" color="text.secondary" data-testid={`publish-held-${draft.id}`}>
          {translate('wuye.checklists.publish_held')}
        </Typography>
      )}
      <FormDialog
        open={open}
        testId="publish-dialog"
        title={translate('wuye.checklists.publish_title', { title: draft.title })}
        content={translate('wuye.checklists.publish_content', { version: next })}
        confirmLabel={translate('wuye.checklists.publish')}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={publish}
      />
    </>
  );
}

/**
 * The eligibility checklist (docs/domain-rules.md#eligibility): its published versions with their items, newest
 * first (a review keeps the version it began with), and for the admin the drafts of the next version.
 */
export default function ChecklistPage() {
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { permissions } = usePermissions();
  const drafting = canAccess(permissions, 'checklists', 'draft');
  const versions = useQuery({ queryKey: ['checklists', 'versions'], queryFn: () => dataProvider.getChecklistVersions().then((r) => r.data), retry: false });
  const drafts = useQuery({ queryKey: ['checklists', 'drafts'], queryFn: () => dataProvider.getChecklistDrafts().then((r) => r.data), enabled: drafting, retry: false });
  const error = versions.error ?? drafts.error;
  const next = (versions.data?.[0]?.version ?? 0) + 1;
  return (
    <Card sx={{ mt: 2 }} data-testid="checklists">
      <Title title={translate('wuye.checklists.title')} />
      <CardContent>
        {error && <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>}
        {drafting && (
          <Stack spacing={1} sx={{ mb: 3 }} data-testid="checklist-drafts">
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <Typography variant="h6">{translate('wuye.checklists.drafts')}</Typography>
              <Button component={Link} to="/checklists/drafts/new" size="small" variant="outlined" startIcon={<AddIcon />} data-testid="new-draft">
                {translate('wuye.checklists.new_draft')}
              </Button>
            </Stack>
            {drafts.data?.length === 0 && <Typography variant="body2">{translate('wuye.checklists.no_drafts')}</Typography>}
            {drafts.data?.map((draft) => (
              <Stack key={draft.id} direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="draft-row" data-draft={draft.id}>
                <Typography variant="body1">{draft.title}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate('wuye.checklists.draft_meta', { smart_count: draft.items.length, at: format.instant(draft.updatedAt) })}
                </Typography>
                <Button component={Link} to={`/checklists/drafts/${draft.id}`} size="small" startIcon={<EditIcon />} data-testid={`edit-draft-${draft.id}`}>
                  {translate('ra.action.edit')}
                </Button>
                <PublishButton draft={draft} next={next} />
              </Stack>
            ))}
          </Stack>
        )}
        <Typography variant="h6" sx={{ mb: 1 }}>
          {translate('wuye.checklists.versions')}
        </Typography>
        {versions.data?.map((version, i) => (
          <Accordion key={version.id} defaultExpanded={i === 0} data-testid="checklist-version" data-version={version.version}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip size="small" color={i === 0 ? 'primary' : 'default'} label={translate('wuye.checklists.version', { version: version.version })} />
                <Typography>{checklistTitle(version.title, translate)}</Typography>
                {i === 0 && <Chip size="small" variant="outlined" label={translate('wuye.checklists.current')} />}
                <Typography variant="body2" color="text.secondary">
                  {format.instant(version.createdAt)}
                </Typography>
              </Stack>
            </AccordionSummary>
            <AccordionDetails>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('wuye.checklists.source', { source: checklistSource(version.source, translate) })}
              </Typography>
              <ChecklistItemsTable items={version.items} editor={drafting} />
            </AccordionDetails>
          </Accordion>
        ))}
      </CardContent>
    </Card>
  );
}
