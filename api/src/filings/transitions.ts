/**
 * A lifecycle as data: each action names the states it may start from and the state it leads to.
 * Pure: no database, no GraphQL, so every allowed and forbidden move is tested by table.
 */
export type TransitionTable<S extends string, A extends string> = {
  readonly [action in A]: { readonly from: readonly S[]; readonly to: S };
};

/** The state an action leads to from `from`, or null when the table forbids the move. */
export function nextState<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  from: S,
  action: A,
): S | null {
  const move = table[action];
  return move.from.includes(from) ? move.to : null;
}

/** The actions the table allows from a state (the console shows these as buttons). */
export function allowedActions<S extends string, A extends string>(table: TransitionTable<S, A>, from: S): A[] {
  return (Object.keys(table) as A[]).filter((action) => table[action].from.includes(from));
}
