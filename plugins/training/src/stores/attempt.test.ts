import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { attempt, question, result } from '../testing/samples';
import { useAttemptStore } from './attempt';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

beforeEach(() => {
  setActivePinia(createPinia());
  graphql = new FakeGraphql();
  fake.current = graphql;
});

describe('useAttemptStore', () => {
  it('resumes an open attempt with the answers saved before the reload', async () => {
    const single = question('single');
    const matching = question('matching');
    graphql.on('StartAttempt', () => ({
      startAttempt: attempt({
        questions: [single, matching],
        answers: [
          { questionId: single.id, optionIds: [`${single.id}-b`], pairs: null },
          {
            questionId: matching.id,
            optionIds: null,
            pairs: [{ optionId: `${matching.id}-a`, matchId: `${matching.id}-z` }],
          },
        ],
      }),
    }));
    const store = useAttemptStore();
    await store.start('test-1');

    expect(graphql.sent('StartAttempt')).toEqual([{ testId: 'test-1' }]);
    expect(store.answerOf(single.id).optionIds).toEqual([`${single.id}-b`]);
    expect(store.answerOf(matching.id).pairs).toEqual([
      { optionId: `${matching.id}-a`, matchId: `${matching.id}-z` },
    ]);
    expect(store.answeredCount).toBe(2);
  });

  it('forgets the previous attempt as soon as a retake starts, before the server answers', async () => {
    graphql.on('StartAttempt', () => ({ startAttempt: attempt({ id: 'attempt-1' }) }));
    const store = useAttemptStore();
    await store.start('test-1');
    expect(store.attempt?.id).toBe('attempt-1');

    graphql.on('StartAttempt', () => ({ startAttempt: attempt({ id: 'attempt-2' }) }));
    const retake = store.start('test-1');
    expect(store.attempt).toBeNull();
    expect(store.status).toBe('loading');
    await retake;
    expect(store.attempt?.id).toBe('attempt-2');
  });

  it('saves each answer as it is given: options for choices, pairs for matching', async () => {
    graphql
      .on('StartAttempt', () => ({ startAttempt: attempt() }))
      .on('SaveAnswer', () => ({ saveAnswer: {} }));
    const store = useAttemptStore();
    await store.start('test-1');
    const [single, , matching] = store.questions;

    await store.answer(single!, { optionIds: ['q-single-a'], pairs: [] });
    await store.answer(matching!, {
      optionIds: [],
      pairs: [{ optionId: 'q-matching-a', matchId: 'q-matching-y' }],
    });

    expect(graphql.sent('SaveAnswer')).toEqual([
      { attemptId: 'attempt-1', answer: { questionId: 'q-single', optionIds: ['q-single-a'] } },
      {
        attemptId: 'attempt-1',
        answer: { questionId: 'q-matching', pairs: [{ optionId: 'q-matching-a', matchId: 'q-matching-y' }] },
      },
    ]);
    expect(store.saves.get('q-single')).toBe('saved');
    expect(store.lastSave).toBe('saved');
    expect(store.answeredCount).toBe(2);
  });

  it('sends changes of one question in the order they were made', async () => {
    const releases: (() => void)[] = [];
    graphql
      .on('StartAttempt', () => ({ startAttempt: attempt() }))
      .on('SaveAnswer', () => new Promise((resolve) => releases.push(() => resolve({ saveAnswer: {} }))));
    const store = useAttemptStore();
    await store.start('test-1');
    const single = store.questions[0]!;

    const first = store.answer(single, { optionIds: ['q-single-a'], pairs: [] });
    const second = store.answer(single, { optionIds: ['q-single-c'], pairs: [] });
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    // The second save waits for the first, so the server cannot end with the older answer.
    expect(graphql.sent('SaveAnswer')).toHaveLength(1);
    releases[0]!();
    await first;
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    releases[1]!();
    await second;
    expect(graphql.sent('SaveAnswer').map((v) => (v.answer as { optionIds: string[] }).optionIds)).toEqual([
      ['q-single-a'],
      ['q-single-c'],
    ]);
    expect(store.answerOf(single.id).optionIds).toEqual(['q-single-c']);
  });

  it('marks an answer the server did not take as failed, and keeps it on screen', async () => {
    graphql
      .on('StartAttempt', () => ({ startAttempt: attempt() }))
      .on('SaveAnswer', () => {
        throw new AdalGraphqlError('NETWORK', 'offline');
      });
    const store = useAttemptStore();
    await store.start('test-1');
    await store.answer(store.questions[0]!, { optionIds: ['q-single-b'], pairs: [] });

    expect(store.saves.get('q-single')).toBe('failed');
    expect(store.lastSave).toBe('failed');
    expect(store.answerOf('q-single').optionIds).toEqual(['q-single-b']);
  });

  it('submits only after the answers still on their way have been saved', async () => {
    let release: () => void = () => undefined;
    graphql
      .on('StartAttempt', () => ({ startAttempt: attempt() }))
      .on('SaveAnswer', () => new Promise((resolve) => (release = () => resolve({ saveAnswer: {} }))))
      .on('SubmitAttempt', () => ({ submitAttempt: result({ scorePercent: 70, passed: true }) }));
    const store = useAttemptStore();
    await store.start('test-1');
    void store.answer(store.questions[0]!, { optionIds: ['q-single-a'], pairs: [] });
    const submitted = store.submit();
    await vi.waitFor(() => expect(graphql.sent('SaveAnswer')).toHaveLength(1));
    expect(graphql.sent('SubmitAttempt')).toHaveLength(0);
    release();

    expect(await submitted).toMatchObject({ scorePercent: 70, passed: true });
    expect(graphql.requests.map((r) => r.operation)).toEqual(['StartAttempt', 'SaveAnswer', 'SubmitAttempt']);
    expect(graphql.sent('SubmitAttempt')).toEqual([{ attemptId: 'attempt-1' }]);
  });

  it('shows the error when the attempt cannot be started', async () => {
    graphql.on('StartAttempt', () => {
      throw new AdalGraphqlError('CONFLICT', 'No attempts left');
    });
    const store = useAttemptStore();
    await store.start('test-1');

    expect(store.status).toBe('error');
    expect(store.error?.code).toBe('CONFLICT');
    expect(store.attempt).toBeNull();
  });
});
