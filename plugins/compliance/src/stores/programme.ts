import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ComplianceProgrammeDocument,
  RecordAntiCorruptionStandardDocument,
  RecordComplianceServiceAppointmentDocument,
  RecordStandardPublicationDocument,
  SetComplianceServiceSizingDocument,
  UpdateChecklistItemDocument,
  type AntiCorruptionStandardFieldsFragment,
  type ChecklistItemInput,
  type ComplianceServiceAppointmentInput,
  type ComplianceServiceFieldsFragment,
  type ComplianceSizingInput,
  type ProgrammeChecklistFieldsFragment,
  type StandardAdoptionInput,
  type StandardPublicationInput,
} from '../graphql/generated/graphql';

export type Standard = AntiCorruptionStandardFieldsFragment;
export type StandardAdoption = NonNullable<Standard['current']>;
export type Service = ComplianceServiceFieldsFragment;
export type Checklist = ProgrammeChecklistFieldsFragment;
export type ChecklistItem = Checklist['items'][number];

/** §2, §53–§63, §67: the standard, the compliance service and the checklist, loaded together; each write replaces its part. */
export const useProgrammeStore = defineStore('compliance-programme', () => {
  const graphql = useGraphql();
  const standard = ref<Standard | null>(null);
  const service = ref<Service | null>(null);
  const checklist = ref<Checklist | null>(null);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      const data = await graphql.request(ComplianceProgrammeDocument, {});
      standard.value = data.antiCorruptionStandard;
      service.value = data.complianceService;
      checklist.value = data.programmeChecklist;
    });
  }

  async function adopt(input: StandardAdoptionInput): Promise<void> {
    standard.value = (
      await graphql.request(RecordAntiCorruptionStandardDocument, { input })
    ).recordAntiCorruptionStandard;
  }

  async function publish(input: StandardPublicationInput): Promise<void> {
    standard.value = (
      await graphql.request(RecordStandardPublicationDocument, { input })
    ).recordStandardPublication;
  }

  async function appoint(input: ComplianceServiceAppointmentInput): Promise<void> {
    service.value = (
      await graphql.request(RecordComplianceServiceAppointmentDocument, { input })
    ).recordComplianceServiceAppointment;
  }

  async function size(input: ComplianceSizingInput): Promise<void> {
    service.value = (
      await graphql.request(SetComplianceServiceSizingDocument, { input })
    ).setComplianceServiceSizing;
  }

  async function updateItem(input: ChecklistItemInput): Promise<void> {
    checklist.value = (await graphql.request(UpdateChecklistItemDocument, { input })).updateChecklistItem;
  }

  return { standard, service, checklist, status, error, load, adopt, publish, appoint, size, updateItem };
});
