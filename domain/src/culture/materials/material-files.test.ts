import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import {
  createMaterialsWorld,
  memoInput,
  publishedMaterial,
  type MaterialsWorld,
} from './materials-fixtures.js';
import {
  MAX_MATERIAL_FILE_BYTES,
  detectMaterialFileType,
  readCultureMaterialFile,
  uploadCultureMaterialFile,
} from './material-files.js';
import { saveCultureMaterial } from './materials.js';
import { CultureMaterialFile } from './material.entity.js';

let world: MaterialsWorld;

beforeAll(async () => {
  world = await createMaterialsWorld();
});

afterAll(async () => {
  await world?.db.drop();
});

const NOW = new Date('2026-03-02T04:00:00Z');
const pdf = () => new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...Buffer.from('памятка')]);
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]);
const jpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]);
const mp4 = () => new Uint8Array([0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 1, 2, 3]);
const webm = () => new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2]);
const zip = () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

describe('material file types (judged by the bytes)', () => {
  it('takes PDF, PPTX, MP4, WebM, JPEG and PNG whatever they are called, and nothing else', () => {
    expect(detectMaterialFileType('a.bin', pdf())).toBe('application/pdf');
    expect(detectMaterialFileType('slides.pptx', zip())).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(detectMaterialFileType('clip.mov', mp4())).toBe('video/mp4');
    expect(detectMaterialFileType('clip', webm())).toBe('video/webm');
    expect(detectMaterialFileType('photo.gif', jpeg())).toBe('image/jpeg');
    expect(detectMaterialFileType('x', png())).toBe('image/png');
    expect(detectMaterialFileType('rules.docx', zip())).toBeNull();
    expect(detectMaterialFileType('page.pdf', new Uint8Array(Buffer.from('<html><script>')))).toBeNull();
  });
});

describe('uploading a material’s file', () => {
  async function draft(linkUrl: string | null = null): Promise<string> {
    const view = await world.inTx((em) =>
      saveCultureMaterial(em, world.planner, memoInput({ linkUrl }), NOW),
    );
    return view.id;
  }

  it('keeps the file under a name ending in its detected type, and a new upload replaces it', async () => {
    const id = await draft();
    const first = await world.inTx((em) =>
      uploadCultureMaterialFile(em, world.planner, id, { fileName: 'Жадынама.exe', data: pdf() }, NOW),
    );
    expect(first.file).toEqual({
      name: 'Жадынама.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf().length,
    });
    const second = await world.inTx((em) =>
      uploadCultureMaterialFile(em, world.planner, id, { fileName: 'clip.mp4', data: mp4() }, NOW),
    );
    expect(second.file).toEqual({ name: 'clip.mp4', contentType: 'video/mp4', sizeBytes: mp4().length });
    const em = world.db.orm.em.fork();
    expect(await em.count(CultureMaterialFile, { material: id })).toBe(1);
    expect(await em.count(AuditEvent, { entityId: id, action: 'culture_material.file_uploaded' })).toBe(2);
    const read = await world.inTx((tx) => readCultureMaterialFile(tx, world.planner, id));
    expect(read).toMatchObject({ fileName: 'clip.mp4', contentType: 'video/mp4' });
    expect([...read.data]).toEqual([...mp4()]);
  });

  it('refuses another type, an empty or too large file, and a file beside a link, keeping nothing', async () => {
    const id = await draft();
    const upload = (fileName: string, data: Uint8Array) =>
      world.inTx((em) => uploadCultureMaterialFile(em, world.planner, id, { fileName, data }, NOW));
    await expect(upload('rules.docx', zip())).rejects.toMatchObject({
      messageKey: 'culture.material.fileType',
    });
    await expect(upload('empty.pdf', new Uint8Array())).rejects.toMatchObject({
      messageKey: 'culture.material.fileSize',
    });
    const tooLarge = new Uint8Array(MAX_MATERIAL_FILE_BYTES + 1);
    tooLarge.set(pdf());
    await expect(upload('big.pdf', tooLarge)).rejects.toBeInstanceOf(ValidationError);
    const linked = await draft('https://baselgovernance.org/guide');
    await expect(
      world.inTx((em) =>
        uploadCultureMaterialFile(em, world.planner, linked, { fileName: 'a.pdf', data: pdf() }, NOW),
      ),
    ).rejects.toMatchObject({ messageKey: 'culture.material.fileOrLink' });
    expect(await world.db.orm.em.fork().count(CultureMaterialFile, { material: { $in: [id, linked] } })).toBe(
      0,
    );
  });

  it('gives a link in place of the file only when asked to remove the file', async () => {
    const id = await draft();
    await world.inTx((em) =>
      uploadCultureMaterialFile(em, world.planner, id, { fileName: 'a.pdf', data: pdf() }, NOW),
    );
    const withLink = memoInput({ linkUrl: 'https://www.u4.no/publications' });
    await expect(
      world.inTx((em) => saveCultureMaterial(em, world.planner, { ...withLink, id }, NOW)),
    ).rejects.toMatchObject({ messageKey: 'culture.material.fileOrLink' });
    const saved = await world.inTx((em) =>
      saveCultureMaterial(em, world.planner, { ...withLink, removeFile: true, id }, NOW),
    );
    expect(saved).toMatchObject({ file: null, linkUrl: 'https://www.u4.no/publications' });
    expect(await world.db.orm.em.fork().count(CultureMaterialFile, { material: id })).toBe(0);
  });

  it('serves the file to the audience and the planners, and to nobody else', async () => {
    const memo = await publishedMaterial(
      world,
      memoInput({ audienceAll: false, audienceOrgUnitIds: [world.sales.id] }),
      NOW,
    );
    const corrected = await world.inTx((em) =>
      uploadCultureMaterialFile(em, world.planner, memo.id, { fileName: 'a.png', data: png() }, NOW),
    );
    // A file added to a published material is a correction.
    expect(corrected.revision).toBe(2);
    const read = await world.inTx((em) => readCultureMaterialFile(em, world.salesStaff[1]!, memo.id));
    expect(read.contentType).toBe('image/png');
    await expect(
      world.inTx((em) => readCultureMaterialFile(em, world.financeStaff[0]!, memo.id)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
