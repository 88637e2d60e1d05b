import { Certificate, createAssignment, type Actor } from '@adal/domain';
import { actorOf, buildOrganization, buildPerson, grantRoles, takeTest } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest } from '../testing/graphql-request.js';
import { createTestGateway, type TestGateway } from '../testing/test-gateway.js';
import { buildTrainingCourse } from '../testing/training-course.js';
import { CERTIFICATE_CHECK_LIMIT, CERTIFICATE_DOWNLOAD_LIMIT } from './certificate-limits.js';

let gateway: TestGateway;
let code: string;
let managerToken: string;

/** As our one proxy forwards a client: its address is the last (here the only) hop. */
const client = (address: string) => ({ 'x-forwarded-for': address });
const get = (path: string, headers: Record<string, string>) =>
  gateway.yoga.fetch(`http://gateway.test${path}`, { headers });
const unknownCode = (n: number) => `ZZZZ-ZZZZ-${String(n).padStart(4, 'Z')}`;
const VERIFY = 'query($code: String!) { verifyCertificate(code: $code) { valid } }';
const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  gateway = await createTestGateway({ trustProxy: 1 });
  const em = gateway.orm.em.fork();
  const built = await buildOrganization(em, { name: 'Самұрық Тест АҚ' });
  const learner = buildPerson(em, built.organization, built.root, { fullName: 'Әсел Құрманғазықызы' });
  grantRoles(em, built.adminPerson, ['training_admin']);
  await em.flush();
  const manager: Actor = { ...built.admin, roles: ['employee', 'training_admin'] };
  const course = await buildTrainingCourse(gateway.orm, manager, { questions: 4 });
  await gateway.orm.em.fork().transactional((tx) =>
    createAssignment(tx, manager, {
      courseId: course.courseId,
      audience: 'whole_org',
      dueOn: '2099-12-31',
      recurrence: 'once',
    }),
  );
  await takeTest(gateway.orm, actorOf(learner, ['employee']), course.testId, 4);
  const certificate = await gateway.orm.em.fork().findOneOrFail(Certificate, { person: learner.id });
  code = certificate.verificationCode;
  managerToken = await devLoginToken(gateway.yoga, built.adminPerson.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('rate limits of the public certificate routes, counted in PostgreSQL', () => {
  it('answers 30 of 40 concurrent verification pages from one client and refuses the rest with Retry-After', async () => {
    const checker = client('203.0.113.60');
    const answers = await Promise.all(
      Array.from({ length: CERTIFICATE_CHECK_LIMIT.points + 10 }, (_v, n) =>
        get(`/training/verify/${n % 2 === 0 ? code : unknownCode(n)}`, checker),
      ),
    );
    const refused = answers.filter((response) => response.status === 429);
    expect(answers.filter((response) => response.status === 200 || response.status === 404)).toHaveLength(30);
    expect(refused).toHaveLength(10);
    const retryAfter = Number(refused[0]?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(CERTIFICATE_CHECK_LIMIT.windowSeconds);
    expect(refused[0]?.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await refused[0]?.text()).toContain('тым көп сертификат тексерілді');

    // Another client is served meanwhile.
    const neighbour = await get(`/training/verify/${code}`, client('203.0.113.61'));
    expect(neighbour.status).toBe(200);
    expect(await neighbour.text()).toContain('Сертификат жарамды');
  });

  it('counts anonymous verifyCertificate queries, with the page, and answers RATE_LIMITED past the limit', async () => {
    const checker = client('203.0.113.70');
    // A third of the allowance spent on the page first: the two routes share it.
    for (let n = 0; n < 10; n += 1) expect((await get(`/training/verify/${code}`, checker)).status).toBe(200);
    const answers = await Promise.all(
      Array.from({ length: 25 }, () =>
        graphqlRequest<{ verifyCertificate: { valid: boolean } }>(gateway.yoga, {
          query: VERIFY,
          variables: { code },
          headers: checker,
        }),
      ),
    );
    expect(answers.filter(({ body }) => body.data?.verifyCertificate?.valid === true)).toHaveLength(20);
    const refused = answers.filter(({ body }) => codeOf(body) === 'RATE_LIMITED');
    expect(refused).toHaveLength(5);
    expect(refused[0]?.status).toBe(429);
    expect(refused[0]?.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThanOrEqual(1);

    const neighbour = await graphqlRequest<{ verifyCertificate: { valid: boolean } }>(gateway.yoga, {
      query: VERIFY,
      variables: { code },
      headers: client('203.0.113.71'),
    });
    expect(neighbour.body.data?.verifyCertificate.valid).toBe(true);
    // A signed-in caller behind the same address is not counted as anonymous.
    const signedIn = await graphqlRequest<{ verifyCertificate: { valid: boolean } }>(gateway.yoga, {
      query: VERIFY,
      variables: { code },
      headers: checker,
      token: managerToken,
    });
    expect(signedIn.body.data?.verifyCertificate.valid).toBe(true);
  });

  it('serves 30 certificate PDFs a minute to one client, refuses the next with Retry-After, and serves another client', async () => {
    const fetcher = client('203.0.113.80');
    const answers = await Promise.all(
      Array.from({ length: CERTIFICATE_DOWNLOAD_LIMIT.points }, (_v, n) =>
        get(`/training/certificates/${unknownCode(n)}.pdf`, fetcher),
      ),
    );
    expect(answers.map((response) => response.status)).toEqual(Array(30).fill(404));
    const refused = await get(`/training/certificates/${code}.pdf`, fetcher);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    const neighbour = await get(`/training/certificates/${code}.pdf`, client('203.0.113.81'));
    expect(neighbour.status).toBe(200);
    expect(neighbour.headers.get('content-type')).toBe('application/pdf');
  });
});
