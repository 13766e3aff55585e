import { SelectArrayInput, SelectInput, useLocaleState, useTranslate, type SelectArrayInputProps, type SelectInputProps } from 'react-admin';
import { sortByLabel } from './choiceOrder';

type Choice = { id: unknown; name: string };

/** Sorts choices (name: a translation key or the words themselves) by what the reader sees, in the one choice order. */
export function useByLabel() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return <T extends Choice>(choices: readonly T[]): T[] => sortByLabel(choices, (c) => translate(c.name, { _: c.name }), locale);
}

/** A select whose choices have no order of their own (reasons, bodies, kinds): shown in the reader's label order. */
export function LabelOrderSelectInput(props: SelectInputProps & { choices: readonly Choice[] }) {
  const byLabel = useByLabel();
  return <SelectInput {...props} choices={byLabel(props.choices)} />;
}

/** The same for a select of several. */
export function LabelOrderSelectArrayInput(props: SelectArrayInputProps & { choices: readonly Choice[] }) {
  const byLabel = useByLabel();
  return <SelectArrayInput {...props} choices={byLabel(props.choices)} />;
}
