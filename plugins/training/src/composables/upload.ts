import { sendGraphql, useAdalContext, type TypedDocument } from '@adal/sdk';

/**
 * Sends an operation with one file (the variable `file`) as a GraphQL multipart request, which
 * the sdk's JSON client cannot carry; the sdk's sendGraphql posts it, so the headers and the
 * errors are the client's own.
 */
export function useFileUpload(): <TResult, TVariables extends { file: File }>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult> {
  const context = useAdalContext();
  return <TResult, TVariables extends { file: File }>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ) => {
    const body = new FormData();
    body.append(
      'operations',
      JSON.stringify({ query: document.toString(), variables: { ...variables, file: null } }),
    );
    body.append('map', JSON.stringify({ '0': ['variables.file'] }));
    body.append('0', variables.file, variables.file.name);
    return sendGraphql<TResult>({ url: context.graphqlUrl, token: context.token, body });
  };
}
