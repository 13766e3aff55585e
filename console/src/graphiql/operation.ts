import { OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';

/**
 * The operation GraphiQL asks to run: the one its operation name names, if the text defines it, or else the
 * text's only operation. Right after an edit GraphiQL can still send the name of the document before it (run
 * `query FirstFirms`, replace it with `subscription Follow`, press run: it sends "FirstFirms"), which the server
 * would refuse and which would send a subscription to /graphql. Null when the text does not parse (the server
 * says why) or names no single operation.
 */
export function chosenOperation(query: string, operationName?: string | null): { kind: OperationTypeNode; name?: string } | null {
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  } catch {
    return null;
  }
  const chosen = (operationName ? operations.find((o) => o.name?.value === operationName) : undefined) ?? (operations.length === 1 ? operations[0] : undefined);
  return chosen ? { kind: chosen.operation, name: chosen.name?.value } : null;
}
