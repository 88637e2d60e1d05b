import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  AddProgrammeItemDocument,
  AnnualProgrammeDocument,
  CreateComplianceProgrammeDocument,
  MyProgrammeItemsDocument,
  RecordProgrammePresentationDocument,
  ReportProgrammeItemDocument,
  UpdateProgrammeItemDocument,
  type AnnualProgrammeQuery,
  type ProgrammeItemFieldsFragment,
  type ProgrammeItemInput,
  type ProgrammeItemReportInput,
  type ProgrammeItemUpdateInput,
  type ProgrammePresentationInput,
} from '../graphql/generated/graphql';

export type AnnualProgramme = NonNullable<AnnualProgrammeQuery['complianceProgramme']>;
export type ProgrammeItem = ProgrammeItemFieldsFragment;

/**
 * One year's programme (§66.1) for its readers, or the viewer's own items for an owner who does
 * not read the whole programme; after each change it is read again. Errors of a change are the
 * caller's to show.
 */
export const useAnnualProgrammeStore = defineStore('compliance-annual-programme', () => {
  const graphql = useGraphql();
  const year = ref<number | null>(null);
  const reader = ref(false);
  const programme = ref<AnnualProgramme | null>(null);
  const mine = ref<ProgrammeItem[]>([]);
  const { status, error, track } = useLoadState();

  async function fetch(which: number): Promise<void> {
    if (reader.value) {
      const answer = await graphql.request(AnnualProgrammeDocument, { year: which });
      if (year.value === which) programme.value = answer.complianceProgramme ?? null;
    } else {
      const answer = await graphql.request(MyProgrammeItemsDocument, { year: which });
      if (year.value === which) mine.value = answer.myProgrammeItems;
    }
  }

  function load(which: number, asReader: boolean): Promise<void> {
    if (year.value !== which) programme.value = null;
    year.value = which;
    reader.value = asReader;
    return track(() => fetch(which));
  }

  async function refresh(): Promise<void> {
    if (year.value !== null) await fetch(year.value);
  }

  function programmeId(): string {
    if (!programme.value) throw new Error('No programme is loaded');
    return programme.value.id;
  }

  async function create(): Promise<void> {
    if (year.value === null) throw new Error('No year is chosen');
    await graphql.request(CreateComplianceProgrammeDocument, { year: year.value });
    await refresh();
  }

  async function addItem(input: Omit<ProgrammeItemInput, 'programmeId'>): Promise<void> {
    await graphql.request(AddProgrammeItemDocument, { input: { ...input, programmeId: programmeId() } });
    await refresh();
  }

  async function updateItem(input: ProgrammeItemUpdateInput): Promise<void> {
    await graphql.request(UpdateProgrammeItemDocument, { input });
    await refresh();
  }

  async function report(input: ProgrammeItemReportInput): Promise<void> {
    await graphql.request(ReportProgrammeItemDocument, { input });
    await refresh();
  }

  async function present(input: Omit<ProgrammePresentationInput, 'programmeId'>): Promise<void> {
    await graphql.request(RecordProgrammePresentationDocument, {
      input: { ...input, programmeId: programmeId() },
    });
    await refresh();
  }

  return { year, reader, programme, mine, status, error, load, create, addItem, updateItem, report, present };
});
