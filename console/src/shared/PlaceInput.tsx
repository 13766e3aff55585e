import { useEffect, useRef } from 'react';
import { ReferenceInput, SelectInput, useInput, type Validator } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { BY_NAME } from './choiceOrder';

/**
 * A place chosen inside its parent (subdistricts of the chosen district, communities of the chosen
 * subdistrict); changing the parent clears it. Works in filter forms and in create/edit forms alike.
 */
export function PlaceInput(props: {
  source: string;
  reference: 'districts' | 'subdistricts' | 'communities';
  parentSource?: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
}) {
  const { source, reference, parentSource, validate } = props;
  const parent = useWatch({ name: parentSource ?? '__none__' });
  const { setValue, getValues } = useFormContext();
  const previous = useRef(parent);
  useEffect(() => {
    if (parentSource && previous.current !== undefined && previous.current !== parent && getValues(source)) {
      setValue(source, null, { shouldDirty: true });
    }
    previous.current = parent;
  }, [parent, parentSource, source, setValue, getValues]);
  const filter = parentSource ? (parent ? { [parentSource]: String(parent) } : { ids: [] }) : {};
  return (
    <ReferenceInput source={source} reference={reference} filter={filter} perPage={200} sort={BY_NAME}>
      <SelectInput optionText="name" validate={validate} label={props.label} disabled={!!parentSource && !parent} sx={{ minWidth: 180 }} />
    </ReferenceInput>
  );
}

/** Keeps a value the form does not show (e.g. the district an estate's community lies in) registered. */
export function HiddenInput({ source }: { source: string }) {
  useInput({ source });
  return null;
}
