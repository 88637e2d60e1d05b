import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AddImprovementItemDocument,
  ArchiveComplianceProcessDocument,
  CompleteImprovementItemDocument,
  DrawSelfAssessmentDocument,
  RecordInternalAuditCoverageDocument,
  RecordSelfAssessmentFindingDocument,
  SaveComplianceProcessDocument,
  SelfAssessmentDocument,
  type ComplianceProcessFieldsFragment,
  type ComplianceProcessInput,
  type ImprovementItemInput,
  type SelfAssessmentFieldsFragment,
  type SelfAssessmentFindingInput,
  type SelfAssessmentQuery,
} from '../graphql/generated/graphql';
import { shiftQuarter } from '../quarters';

export type SelfAssessment = SelfAssessmentFieldsFragment;
export type ComplianceProcess = ComplianceProcessFieldsFragment;
export type Coverage = SelfAssessmentQuery['internalAuditCoverage'];

/**
 * §73: the quarter's self-assessment, the process catalogue and internal audit's coverage of the
 * quarter it reviews, loaded together; each change puts the server's answer in place.
 */
export const useSelfAssessmentStore = defineStore('compliance-self-assessment', () => {
  const graphql = useGraphql();
  const quarter = ref('');
  const assessment = ref<SelfAssessment | null>(null);
  const processes = ref<ComplianceProcess[]>([]);
  const coverage = ref<Coverage | null>(null);
  const { status, error, track } = useLoadState();

  function load(which: string): Promise<void> {
    quarter.value = which;
    return track(async () => {
      const answer = await graphql.request(SelfAssessmentDocument, {
        quarter: which,
        reviewed: shiftQuarter(which, -1),
      });
      assessment.value = answer.selfAssessment;
      coverage.value = answer.internalAuditCoverage;
      processes.value = answer.complianceProcesses;
    });
  }

  async function draw(): Promise<void> {
    assessment.value = (
      await graphql.request(DrawSelfAssessmentDocument, { quarter: quarter.value })
    ).drawSelfAssessment;
    coverage.value = coverage.value ? { ...coverage.value, fixed: true } : coverage.value;
  }

  async function recordFinding(input: SelfAssessmentFindingInput): Promise<void> {
    assessment.value = (
      await graphql.request(RecordSelfAssessmentFindingDocument, { input })
    ).recordSelfAssessmentFinding;
  }

  async function addItem(input: ImprovementItemInput): Promise<void> {
    assessment.value = (await graphql.request(AddImprovementItemDocument, { input })).addImprovementItem;
  }

  async function completeItem(id: string, note: string | null): Promise<void> {
    assessment.value = (
      await graphql.request(CompleteImprovementItemDocument, { id, note })
    ).completeImprovementItem;
  }

  function keep(process: ComplianceProcess): void {
    const at = processes.value.findIndex((p) => p.id === process.id);
    processes.value =
      at < 0
        ? [...processes.value, process]
        : processes.value.map((p) => (p.id === process.id ? process : p));
  }

  async function saveProcess(input: ComplianceProcessInput): Promise<void> {
    keep((await graphql.request(SaveComplianceProcessDocument, { input })).saveComplianceProcess);
    await refreshPool();
  }

  async function archiveProcess(id: string): Promise<void> {
    keep((await graphql.request(ArchiveComplianceProcessDocument, { id })).archiveComplianceProcess);
    await refreshPool();
  }

  async function recordCoverage(processIds: string[]): Promise<void> {
    coverage.value = (
      await graphql.request(RecordInternalAuditCoverageDocument, {
        input: { quarter: shiftQuarter(quarter.value, -1), processIds },
      })
    ).recordInternalAuditCoverage;
    await refreshPool();
  }

  /** The pool a draw would choose from changes with the catalogue and the coverage. */
  async function refreshPool(): Promise<void> {
    if (assessment.value && !assessment.value.drawn) {
      const answer = await graphql.request(SelfAssessmentDocument, {
        quarter: quarter.value,
        reviewed: shiftQuarter(quarter.value, -1),
      });
      assessment.value = answer.selfAssessment;
    }
  }

  return {
    quarter,
    assessment,
    processes,
    coverage,
    status,
    error,
    load,
    draw,
    recordFinding,
    addItem,
    completeItem,
    saveProcess,
    archiveProcess,
    recordCoverage,
  };
});
