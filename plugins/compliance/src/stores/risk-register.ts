import { reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import { downloadFromGateway, uploaderFor, useAdalContext, useGraphql, useLoadState } from '@adal/sdk';
import {
  CompleteRiskRemappingDocument,
  ImportRisksDocument,
  RecordRiskTriggerDocument,
  RiskChoicesDocument,
  RiskProposalDocument,
  RisksDocument,
  UpsertRiskDocument,
  type ImportRisksMutation,
  type RiskChoicesQuery,
  type RiskProposalQuery,
  type RiskSourceKind,
  type RiskFieldsFragment,
  type RiskInput,
  type RiskLevel,
  type RiskRegister,
  type RiskSource,
  type RiskStatus,
  type RiskTriggerKind,
} from '../graphql/generated/graphql';

export type Risk = RiskFieldsFragment;
export type RiskChoices = RiskChoicesQuery;
export type RiskProposal = RiskProposalQuery['riskProposal'];
export type RiskImportResult = ImportRisksMutation['importRisks'];

export const RISK_PAGE_SIZE = 25;

/**
 * The register (§11, Annex 1): searched, filtered and paged on the server, ranked by level; risks
 * are written, imported and exported from here, and the re-mapping after a change recorded (§9.1).
 */
export const useRiskRegisterStore = defineStore('compliance-risk-register', () => {
  const graphql = useGraphql();
  const context = useAdalContext();
  const uploader = uploaderFor(context);
  const rows = ref<Risk[]>([]);
  const total = ref(0);
  const page = ref(0);
  const choices = ref<RiskChoices | null>(null);
  const filter = reactive<{
    register: RiskRegister | null;
    level: RiskLevel | null;
    source: RiskSource | null;
    status: RiskStatus | null;
    procurement: boolean;
    search: string;
  }>({ register: null, level: null, source: null, status: null, procurement: false, search: '' });
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const [data, options] = await Promise.all([
        graphql.request(RisksDocument, {
          filter: {
            register: filter.register,
            level: filter.level,
            source: filter.source,
            status: filter.status,
            procurement: filter.procurement ? true : null,
            search: filter.search.trim() || null,
            limit: RISK_PAGE_SIZE,
            offset: page.value * RISK_PAGE_SIZE,
          },
        }),
        choices.value ? Promise.resolve(choices.value) : graphql.request(RiskChoicesDocument, {}),
      ]);
      rows.value = data.risks.rows;
      total.value = data.risks.total;
      choices.value = options;
    });
  }

  function search(): Promise<void> {
    page.value = 0;
    return load();
  }

  function turn(to: number): Promise<void> {
    page.value = to;
    return load();
  }

  async function save(input: RiskInput): Promise<Risk> {
    const risk = (await graphql.request(UpsertRiskDocument, { input })).upsertRisk;
    await load();
    return risk;
  }

  /** §9.1, §11: a risk drafted from a case or a finding, none of its content. */
  async function propose(sourceKind: RiskSourceKind, sourceId: string): Promise<RiskProposal> {
    return (await graphql.request(RiskProposalDocument, { sourceKind, sourceId })).riskProposal;
  }

  /** All or nothing: the result lists every problem, or how many risks were added. */
  async function importFile(register: RiskRegister, file: File): Promise<RiskImportResult> {
    const result = (await uploader.request(ImportRisksDocument, { register, file })).importRisks;
    if (result.imported > 0) await search();
    return result;
  }

  /** The register as a workbook in the interface language, with the Annex 1 columns. */
  async function exportRegister(register: RiskRegister, lang: string): Promise<void> {
    await downloadFromGateway({
      path: '/compliance/risks.xlsx',
      query: { register, lang },
      token: context.token,
      graphqlUrl: context.graphqlUrl,
      fileName: `risk-register-${register}.xlsx`,
    });
  }

  async function reloadChoices(): Promise<void> {
    choices.value = await graphql.request(RiskChoicesDocument, {});
  }

  async function recordTrigger(kind: RiskTriggerKind, note: string, occurredOn: string): Promise<void> {
    await graphql.request(RecordRiskTriggerDocument, { kind, note, occurredOn });
    await reloadChoices();
  }

  async function completeRemapping(triggerId: string | null, note: string | null): Promise<void> {
    const remapping = (await graphql.request(CompleteRiskRemappingDocument, { triggerId, note }))
      .completeRiskRemapping;
    if (choices.value) choices.value = { ...choices.value, riskRemapping: remapping };
  }

  return {
    rows,
    total,
    page,
    filter,
    choices,
    status,
    error,
    load,
    search,
    turn,
    save,
    propose,
    importFile,
    exportRegister,
    recordTrigger,
    completeRemapping,
  };
});
