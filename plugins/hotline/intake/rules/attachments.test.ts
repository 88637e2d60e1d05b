import { describe, expect, it } from 'vitest';
import { fileOf } from '../testing/fake-gateway';
import { addAttachments, MAX_ATTACHMENT_BYTES } from './attachments';

describe('addAttachments', () => {
  it('keeps PDF, PNG, JPEG, DOCX, XLSX and TXT files up to 5 MB', () => {
    const picked = ['a.pdf', 'b.PNG', 'c.jpg', 'd.docx', 'e.xlsx'].map((name) => fileOf(name));
    const { files, problems } = addAttachments([], picked);
    expect(files.map((file) => file.name)).toEqual(['a.pdf', 'b.PNG', 'c.jpg', 'd.docx', 'e.xlsx']);
    expect(problems).toEqual([]);
    expect(addAttachments([], [fileOf('notes.txt', MAX_ATTACHMENT_BYTES)]).problems).toEqual([]);
  });

  it('refuses a file over 5 MB, naming it', () => {
    const { files, problems } = addAttachments([], [fileOf('scan.pdf', MAX_ATTACHMENT_BYTES + 1)]);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ reason: 'too_large', file: 'scan.pdf' }]);
  });

  it('refuses other types and empty files, keeping the good ones picked with them', () => {
    const good = fileOf('ok.pdf');
    const { files, problems } = addAttachments(
      [],
      [fileOf('run.exe'), fileOf('archive.zip'), fileOf('noextension'), fileOf('blank.txt', 0), good],
    );
    expect(files).toEqual([good]);
    expect(problems).toEqual([
      { reason: 'type', file: 'run.exe' },
      { reason: 'type', file: 'archive.zip' },
      { reason: 'type', file: 'noextension' },
      { reason: 'empty', file: 'blank.txt' },
    ]);
  });

  it('adds no more than 5 files in all and says so', () => {
    const chosen = ['1.pdf', '2.pdf', '3.pdf', '4.pdf'].map((name) => fileOf(name));
    const { files, problems } = addAttachments(chosen, [fileOf('5.pdf'), fileOf('6.pdf')]);
    expect(files.map((file) => file.name)).toEqual(['1.pdf', '2.pdf', '3.pdf', '4.pdf', '5.pdf']);
    expect(problems).toEqual([{ reason: 'count' }]);
  });
});
