import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  DeactivateStaffMemberDocument,
  GrantRoleDocument,
  ListStaffDocument,
  ReactivateStaffMemberDocument,
  RevokeRoleDocument,
  UpdateStaffMemberDocument,
  type Role,
  type StaffEditInput,
  type StaffMemberFieldsFragment,
  type StaffSort,
  type StaffStatus,
} from '../graphql/generated/graphql';

export type StaffMember = StaffMemberFieldsFragment;

export const STAFF_PAGE_SIZE = 25;

export interface StaffFilters {
  search: string;
  orgUnitId: string | null;
  status: StaffStatus;
}

/** The staff directory: filters, its order, one page from the server, and the changes made to its people. */
export const useStaffStore = defineStore('admin-staff', () => {
  const graphql = useGraphql();
  const filters = ref<StaffFilters>({ search: '', orgUnitId: null, status: 'active' });
  const sort = ref<StaffSort>({ field: 'name', direction: 'asc' });
  const offset = ref(0);
  const page = computed(() => Math.floor(offset.value / STAFF_PAGE_SIZE));
  const total = ref(0);
  const people = ref<StaffMember[]>([]);
  const { status, error, track } = useLoadState();
  let asked = 0;

  function load(): Promise<void> {
    // Typing sends a request per pause: only the answer to the latest one is shown.
    asked += 1;
    const mine = asked;
    return track(async () => {
      const page = (
        await graphql.request(ListStaffDocument, {
          search: filters.value.search.trim() || null,
          orgUnitId: filters.value.orgUnitId,
          status: filters.value.status,
          limit: STAFF_PAGE_SIZE,
          offset: offset.value,
          sort: sort.value,
        })
      ).staff;
      if (mine !== asked) return;
      total.value = page.total;
      people.value = page.people;
    });
  }

  function filter(change: Partial<StaffFilters>): Promise<void> {
    filters.value = { ...filters.value, ...change };
    offset.value = 0;
    return load();
  }

  function sortBy(next: StaffSort): Promise<void> {
    sort.value = next;
    offset.value = 0;
    return load();
  }

  /** A zero-based page. */
  function goTo(next: number): Promise<void> {
    offset.value = next * STAFF_PAGE_SIZE;
    return load();
  }

  /** Puts the server's answer in place of the row it changed. */
  function replace(member: StaffMember): StaffMember {
    people.value = people.value.map((person) => (person.id === member.id ? member : person));
    return member;
  }

  async function update(id: string, input: StaffEditInput): Promise<StaffMember> {
    return replace((await graphql.request(UpdateStaffMemberDocument, { id, input })).updateStaffMember);
  }

  async function setRole(personId: string, role: Role, held: boolean): Promise<StaffMember> {
    return replace(
      held
        ? (await graphql.request(GrantRoleDocument, { personId, role })).grantRole
        : (await graphql.request(RevokeRoleDocument, { personId, role })).revokeRole,
    );
  }

  async function setActive(id: string, active: boolean): Promise<StaffMember> {
    return replace(
      active
        ? (await graphql.request(ReactivateStaffMemberDocument, { id })).reactivateStaffMember
        : (await graphql.request(DeactivateStaffMemberDocument, { id })).deactivateStaffMember,
    );
  }

  return {
    filters,
    sort,
    page,
    total,
    people,
    status,
    error,
    load,
    filter,
    sortBy,
    goTo,
    update,
    setRole,
    setActive,
  };
});
