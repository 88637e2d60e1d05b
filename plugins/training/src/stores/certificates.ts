import { ref } from 'vue';
import { defineStore } from 'pinia';
import { useGraphql, useLoadState } from '@adal/sdk';
import {
  ListMyCertificatesDocument,
  ListPersonCertificatesDocument,
  type PersonCertificateFieldsFragment,
} from '../graphql/generated/graphql';

export type Certificate = PersonCertificateFieldsFragment;

/** The viewer's own certificates ("My certificates"), newest first. */
export const useMyCertificatesStore = defineStore('training-my-certificates', () => {
  const graphql = useGraphql();
  const certificates = ref<Certificate[]>([]);
  const { status, error, track } = useLoadState();

  function load(): Promise<void> {
    return track(async () => {
      certificates.value = (await graphql.request(ListMyCertificatesDocument)).myCertificates;
    });
  }

  return { certificates, status, error, load };
});

/** One person's certificates, for those who keep the training and staff records. */
export const usePersonCertificatesStore = defineStore('training-person-certificates', () => {
  const graphql = useGraphql();
  const personId = ref<string | null>(null);
  const fullName = ref<string | null>(null);
  const certificates = ref<Certificate[]>([]);
  const { status, error, track } = useLoadState();

  function load(id: string): Promise<void> {
    // Another person's list must not show while this one loads.
    if (personId.value !== id) {
      personId.value = id;
      fullName.value = null;
      certificates.value = [];
    }
    return track(async () => {
      const { personCertificates } = await graphql.request(ListPersonCertificatesDocument, { personId: id });
      if (personId.value !== id) return;
      fullName.value = personCertificates.fullName;
      certificates.value = personCertificates.certificates;
    });
  }

  return { personId, fullName, certificates, status, error, load };
});
