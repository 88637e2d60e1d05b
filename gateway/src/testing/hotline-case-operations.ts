import type { GatewayYoga } from '../yoga.js';
import { graphqlRequest, type GraphQLErrorBody } from './graphql-request.js';

/** Every field of a case, so that a test sees the whole mapping. */
export const CASE_FIELDS = /* GraphQL */ `
  fragment CaseFields on HotlineCase {
    id
    number
    category
    channel
    status
    scope
    outOfScopeReason
    outOfScopeNote
    anonymous
    hasReporterIdentity
    receivedAt
    acknowledgeBy
    acknowledgedAt
    checkDays
    processBy
    closedAt
    overdueAcknowledgement
    findings
    outcome
    content {
      what
      when
      where
      who
    }
    assignees {
      id
      fullName
    }
    involvedPersons {
      id
      fullName
    }
    messages {
      id
      author
      authorPerson {
        id
        fullName
      }
      kind
      code
      body
      createdAt
      attachments {
        id
        fileName
        contentType
        sizeBytes
        uploadedBy
        createdAt
      }
    }
    notes {
      id
      author {
        id
        fullName
      }
      body
      createdAt
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      uploadedBy
      createdAt
    }
    recommendations {
      id
      caseId
      caseNumber
      kind
      text
      owner {
        id
        fullName
      }
      dueOn
      doneAt
      doneNote
      overdue
    }
    disclosures {
      id
      requestedBy {
        id
        fullName
      }
      requestedFor {
        id
        fullName
      }
      reason
      requestedAt
      decidedBy {
        id
        fullName
      }
      decidedAt
      approved
    }
    enteredBy {
      id
      fullName
    }
    viewerCan {
      assign
      acknowledge
      work
      readIdentity
      decideDisclosure
    }
  }
`;

export interface CaseData {
  id: string;
  number: string;
  category: string;
  channel: string;
  status: string;
  scope: string;
  outOfScopeReason: string | null;
  anonymous: boolean;
  hasReporterIdentity: boolean;
  acknowledgedAt: string | null;
  checkDays: number | null;
  processBy: string;
  closedAt: string | null;
  findings: string | null;
  outcome: string | null;
  content: { what: string; when: string | null; where: string | null; who: string | null };
  assignees: { id: string; fullName: string }[];
  involvedPersons: { id: string; fullName: string }[];
  messages: {
    id: string;
    author: string;
    authorPerson: { id: string; fullName: string } | null;
    kind: string;
    code: string | null;
    body: string;
    attachments: {
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      uploadedBy: string;
    }[];
  }[];
  notes: { id: string; author: { id: string; fullName: string }; body: string }[];
  attachments: { id: string; fileName: string; contentType: string; sizeBytes: number; uploadedBy: string }[];
  recommendations: {
    id: string;
    kind: string;
    text: string;
    owner: { id: string };
    dueOn: string;
    doneAt: string | null;
    overdue: boolean;
  }[];
  disclosures: {
    id: string;
    requestedFor: { id: string };
    approved: boolean | null;
    decidedBy: { id: string } | null;
  }[];
  enteredBy: { id: string; fullName: string } | null;
  viewerCan: {
    assign: boolean;
    acknowledge: boolean;
    work: boolean;
    readIdentity: boolean;
    decideDisclosure: boolean;
  };
}

/** Runs a staff operation and returns its data, or the first error. */
export async function staff<TData>(
  yoga: GatewayYoga,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: TData | null; error: GraphQLErrorBody | null }> {
  const { body } = await graphqlRequest<TData>(yoga, { query, variables, token });
  return { data: body.data ?? null, error: body.errors?.[0] ?? null };
}

/** The case the compliance head finds in the queue by its number. */
export async function caseIdByNumber(yoga: GatewayYoga, token: string, number: string): Promise<string> {
  const { data, error } = await staff<{ hotlineCases: { items: { id: string }[] } }>(
    yoga,
    token,
    'query($f: HotlineCaseFilter) { hotlineCases(filter: $f) { items { id } } }',
    { f: { search: number } },
  );
  const id = data?.hotlineCases.items[0]?.id;
  if (!id) throw new Error(`no case ${number}: ${JSON.stringify(error)}`);
  return id;
}
