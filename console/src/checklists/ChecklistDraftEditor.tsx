import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router-dom';
import {
  ArrayInput,
  Form,
  Loading,
  maxLength,
  minLength,
  regex,
  required,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { ChecklistInput, ChecklistItemPartsFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { CHECK_KINDS, REVIEWING_BODIES } from '../shared/choices';
import { checklistSource, checklistTitle } from './builtInChecklist';
import { type FieldProblem, useErrorText } from '../shared/FormDialog';
import { ruleText } from '../dataProvider/errors';
import { text } from '../shared/inputs';
import { LabelOrderSelectArrayInput } from '../shared/LabelOrderInputs';

const kindChoices = CHECK_KINDS.map((id) => ({ id, name: `wuye.checkKind.${id}` }));
const reviewerChoices = REVIEWING_BODIES.map((id) => ({ id, name: `wuye.reviewingBody.${id}` }));
const KEY = regex(/^[A-Z][A-Z0-9_]*$/, 'wuye.rules.CHECKLIST_ITEM_KEY');

interface DraftForm {
  title: string;
  source: string;
  items: ChecklistItemPartsFragment[];
}

const inputOf = (values: DraftForm): ChecklistInput => ({
  title: text(values.title),
  source: text(values.source),
  items: (values.items ?? []).map((i) => ({
    key: text(i.key),
    kind: i.kind,
    titleZh: text(i.titleZh),
    titleEn: text(i.titleEn),
    suggestedReviewers: [...(i.suggestedReviewers ?? [])],
  })),
});

/**
 * A draft of the next checklist: a new one starts as a copy of the current version; its items are edited here
 * and checked by the server's own rules on every save. Publishing is done from the checklist page.
 */
export default function ChecklistDraftEditor() {
  const { id } = useParams();
  const creating = !id || id === 'new';
  const translate = useTranslate();
  const navigate = useNavigate();
  const notify = useNotify();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [problems, setProblems] = useState<string[]>([]);
  // the form's own methods, for save: a saved draft leaves the form clean (no "unsaved changes" question on the
  // way out), a refused one keeps it dirty and marks the submission as failed (the question stays)
  const form = useRef<UseFormReturn | null>(null);
  const { data: start, error } = useQuery({
    queryKey: ['checklists', 'draft', id ?? 'new'],
    queryFn: async (): Promise<DraftForm & { version?: number }> => {
      if (!creating) return (await dataProvider.getChecklistDraft(id!)).data;
      const [current] = (await dataProvider.getChecklistVersions()).data;
      return { title: current ? `${checklistTitle(current.title, translate)}（${translate('wuye.checklists.draft')}）` : '', source: current ? checklistSource(current.source, translate) : '', items: current?.items ?? [] };
    },
    retry: false,
    // the form starts from what was read once: a refetch would reset what the admin is typing
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  if (error) return <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>;
  if (!start) return <Loading />;

  const save = async (values: Record<string, unknown>) => {
    setProblems([]);
    const input = inputOf(values as unknown as DraftForm);
    try {
      if (creating) await dataProvider.createChecklistDraft(input);
      else await dataProvider.updateChecklistDraft(id!, start.version!, input);
      notify('wuye.checklists.saved', { type: 'success' });
      form.current?.reset(values);
      await queryClient.invalidateQueries({ queryKey: ['checklists'] });
      navigate('/checklists');
    } catch (e) {
      // the server's own rules (a key used twice, an unknown reviewer…) name the item they are about
      const fieldErrors = (e as { body?: { fieldErrors?: FieldProblem[] } }).body?.fieldErrors ?? [];
      form.current?.setError('root.server', { type: 'server' });
      // the item by its key as the server sends it (args.subject), never cut from its English message
      const words = (p: FieldProblem) => {
        const { key, args } = ruleText(p);
        return translate(key, args) + (typeof p.args?.subject === 'string' ? `（${p.args.subject}）` : '');
      };
      setProblems(fieldErrors.length ? fieldErrors.map(words) : [errorText(e)]);
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="checklist-draft-editor">
      <Title title={translate(creating ? 'wuye.checklists.new_draft' : 'wuye.checklists.edit_draft')} />
      <CardContent>
        {/* the item inputs are react-admin's, which take their labels from a resource */}
        <ResourceContextProvider value="checklists">
        <Form defaultValues={start} onSubmit={save} warnWhenUnsavedChanges>
          <FormHandle into={form} />
          <Stack spacing={1}>
            <Typography variant="h6">{translate(creating ? 'wuye.checklists.new_draft' : 'wuye.checklists.edit_draft')}</Typography>
            <TextInput source="title" label="wuye.checklists.draft_title" validate={[required(), minLength(2), maxLength(100)]} />
            <TextInput source="source" label="wuye.checklists.draft_source" validate={[required(), minLength(2), maxLength(300)]} />
            <ArrayInput source="items" label="wuye.checklists.items" validate={required()}>
              <SimpleFormIterator inline disableReordering={false} data-testid="draft-items">
                <SelectInput source="kind" label="wuye.checklists.kind" choices={kindChoices} validate={required()} />
                <TextInput source="key" label="wuye.checklists.key" validate={[required(), KEY]} sx={{ minWidth: 240 }} />
                <TextInput source="titleZh" label="wuye.checklists.title_zh" validate={[required(), minLength(2), maxLength(200)]} sx={{ minWidth: 240 }} />
                <TextInput source="titleEn" label="wuye.checklists.title_en" validate={[required(), minLength(2), maxLength(200)]} sx={{ minWidth: 240 }} />
                <LabelOrderSelectArrayInput source="suggestedReviewers" label="wuye.checklists.reviewers" choices={reviewerChoices} validate={required()} sx={{ minWidth: 220 }} />
              </SimpleFormIterator>
            </ArrayInput>
            {problems.length > 0 && (
              <Alert severity="error" data-testid="draft-problems">
                {problems.map((p, i) => (
                  <div key={i}>{p}</div>
                ))}
              </Alert>
            )}
            <div>
              <SaveButton alwaysEnable={creating} />
            </div>
          </Stack>
        </Form>
        </ResourceContextProvider>
      </CardContent>
    </Card>
  );
}

/** Hands the form's methods to the page that holds the form (its save runs outside the form's context). */
function FormHandle({ into }: { into: { current: UseFormReturn | null } }) {
  into.current = useFormContext();
  return null;
}
