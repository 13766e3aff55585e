import 'reflect-metadata';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { FILE_FIELDS } from './query-limits';
import { appSchema } from './schema';

/**
 * Every field that takes or gives a whole file is named once a request (FILE_FIELDS): found in the schema, so a new
 * one cannot be missed — a field taking an input with `contentBase64`, giving a type with it, or giving a file's
 * content as text (`…Content`).
 */
it('FILE_FIELDS is every field of the schema that takes or gives a whole file', async () => {
  const schema = await appSchema();
  const carriesFile = (typeName: string) => {
    const type = schema.getType(typeName);
    return (isObjectType(type) || isInputObjectType(type)) && 'contentBase64' in type.getFields();
  };
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const takes = field.args.some((arg) => carriesFile(getNamedType(arg.type).name));
      const gives = carriesFile(getNamedType(field.type).name) || /Content$/.test(field.name);
      if (takes || gives) found.push(`${type.name}.${field.name}`);
    }
  }
  expect(found.sort()).toEqual([...FILE_FIELDS].sort());
});
