import { nextTick } from 'vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { useSessionForm } from '../composables/session-form';
import { trainingSession } from '../testing/samples';
import { SESSIONS_PAGE_SIZE, useTrainingSessionsStore, type TrainingSession } from './training-sessions';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;
let stored: TrainingSession[];

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
  stored = [trainingSession(), trainingSession({ id: 'session-2', status: 'planned', heldOn: null })];
  graphql.on('ListTrainingSessions', () => ({ trainingSessions: { total: 30, sessions: [...stored] } }));
});

describe('useTrainingSessionsStore', () => {
  it('loads a page of sessions, searches from the first page and pages on the server', async () => {
    const store = useTrainingSessionsStore();
    await store.load();
    expect(store.status).toBe('ready');
    expect([store.total, store.sessions.map((s) => s.id)]).toEqual([30, ['session-1', 'session-2']]);

    await store.goToPage(1);
    await store.find('  Серікова ');
    expect(graphql.sent('ListTrainingSessions')).toEqual([
      { search: null, limit: SESSIONS_PAGE_SIZE, offset: 0 },
      { search: null, limit: SESSIONS_PAGE_SIZE, offset: SESSIONS_PAGE_SIZE },
      { search: 'Серікова', limit: SESSIONS_PAGE_SIZE, offset: 0 },
    ]);
    expect([store.search, store.page]).toEqual(['Серікова', 0]);
  });

  it('shows the error state when the list cannot be loaded', async () => {
    graphql.on('ListTrainingSessions', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Only those who follow training may read sessions');
    });
    const store = useTrainingSessionsStore();
    await store.load();
    expect([store.status, store.error?.code]).toEqual(['error', 'FORBIDDEN']);
  });
});

describe('useSessionForm', () => {
  it('names each missing field and sends nothing', async () => {
    const send = vi.fn();
    const form = useSessionForm(send);
    form.addMaterial();
    form.setMaterial(0, 'url', 'intranet/slides.pdf');
    expect(await form.submit()).toBe(false);
    expect(form.fieldErrors.value).toEqual({
      kind: 'sessions.form.missing.kind',
      topicKk: 'sessions.form.missing.topicKk',
      topicRu: 'sessions.form.missing.topicRu',
      plannedOn: 'sessions.form.missing.plannedOn',
      trainer: 'sessions.form.missing.trainer',
      durationMinutes: 'sessions.form.missing.durationMinutes',
    });
    expect(form.materialErrors.value).toEqual([
      { title: 'sessions.form.missing.materialTitle', url: 'sessions.form.missing.materialUrl' },
    ]);
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the session as the API takes it, and places a refusal at its field or material row', async () => {
    const store = useTrainingSessionsStore();
    graphql.on('PlanTrainingSession', ({ input }) => {
      const { materials } = input as { materials: unknown[] };
      if (materials.length > 1) {
        throw new AdalGraphqlError('VALIDATION', 'Material 2 needs a title and a link', {
          details: { messageKey: 'training.session.material', params: { row: 2 }, field: 'materials.1' },
        });
      }
      return { planTrainingSession: trainingSession({ id: 'session-3', status: 'planned' }) };
    });
    const form = useSessionForm((input) => store.plan(input));
    form.kind.value = 'webinar';
    form.topicKk.value = ' Сыйлықтар ';
    form.topicRu.value = 'Подарки';
    form.plannedOn.value = new Date(2026, 10, 5);
    form.trainer.value = 'Данияр Оспанов';
    form.durationMinutes.value = 60;
    form.knowledgeCheck.value = true;
    form.addMaterial();
    form.setMaterial(0, 'title', 'Slides');
    form.setMaterial(0, 'url', 'https://intranet.example.kz/a.pdf');
    form.addMaterial();
    form.setMaterial(1, 'title', 'Photo');
    form.setMaterial(1, 'url', 'https://intranet.example.kz/b.jpg');

    expect(await form.submit()).toBe(false);
    expect(form.refusedMaterial.value).toBe(1);
    expect([form.refusedFields.value, form.formError.value]).toEqual([[], null]);
    expect(graphql.sent('ListTrainingSessions')).toEqual([]);

    // The refusal named the row sent; once the rows change, it no longer stands.
    form.removeMaterial(1);
    await nextTick();
    expect(form.refusedMaterial.value).toBeNull();
    expect(await form.submit()).toBe(true);
    expect(graphql.sent('PlanTrainingSession')[1]).toEqual({
      input: {
        kind: 'webinar',
        topic: { kk: 'Сыйлықтар', ru: 'Подарки', en: '' },
        plannedOn: '2026-11-05',
        trainer: 'Данияр Оспанов',
        durationMinutes: 60,
        knowledgeCheck: true,
        materials: [{ title: 'Slides', url: 'https://intranet.example.kz/a.pdf' }],
      },
    });
    // The list is read again from its first page, so that the counts are the server's.
    expect(graphql.sent('ListTrainingSessions')).toEqual([
      { search: null, limit: SESSIONS_PAGE_SIZE, offset: 0 },
    ]);
  });

  it('places the topic refusal at both the Kazakh and the Russian topic, and an unknown one under the form', async () => {
    let refusal = new AdalGraphqlError('VALIDATION', 'Give the topic in Kazakh and in Russian', {
      details: { messageKey: 'training.session.topic', field: 'topic' },
    });
    const form = useSessionForm(() => Promise.reject(refusal));
    form.reset(trainingSession());
    expect(form.topicEn.value).toBe('Conflicts of interest');
    expect(form.plannedOn.value).toEqual(new Date(2026, 9, 15));
    expect(await form.submit()).toBe(false);
    expect(form.refusedFields.value).toEqual(['topicKk', 'topicRu']);
    expect(form.formError.value).toBeNull();

    refusal = new AdalGraphqlError('NOT_FOUND', 'TrainingSession session-1 was not found');
    expect(await form.submit()).toBe(false);
    expect(form.formError.value?.code).toBe('NOT_FOUND');
  });
});
