import { Create as RaCreate, Edit as RaEdit, List as RaList, Show as RaShow, type CreateProps, type EditProps, type ListProps, type ShowProps } from 'react-admin';

/*
 * react-admin's List, Create, Edit and Show, rendered without its wait for the auth checks
 * (docs/architecture.md#console-pages). That wait reads a canAccess query it does not watch: the list's
 * create button starts one, a quick move to the create page unmounts the button and cancels the query, which
 * then stays "pending", and the page stayed on its spinner for good. Our authProvider answers from the
 * session in memory, and each page's controller still sends a refused role to access-denied; the one data
 * request it may send first is the same with or without the wait, and the API refuses it.
 */
export const List = (props: ListProps) => <RaList authLoading={false} {...props} />;
export const Create = (props: CreateProps) => <RaCreate authLoading={false} {...props} />;
export const Edit = (props: EditProps) => <RaEdit authLoading={false} {...props} />;
export const Show = (props: ShowProps) => <RaShow authLoading={false} {...props} />;
