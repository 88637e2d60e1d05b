import { uploaderFor, useAdalContext } from '@adal/sdk';
import { UploadLessonFileDocument, type UploadLessonFileMutation } from '../graphql/generated/graphql';

export type UploadedLessonFile = UploadLessonFileMutation['uploadLessonFile'];

/** What an author may upload for a lesson: the gateway judges the type by the bytes again. */
export const LESSON_FILE_ACCEPT = {
  file: '.pdf,.docx,.pptx,.mp4,.webm,application/pdf',
  video: '.mp4,.webm,video/mp4,video/webm',
} as const;

/** Sends a lesson file as a GraphQL multipart request; errors are the sdk client's own. */
export function useLessonFileUpload(): (courseId: string, file: File) => Promise<UploadedLessonFile> {
  const uploader = uploaderFor(useAdalContext());
  return async (courseId, file) =>
    (await uploader.request(UploadLessonFileDocument, { courseId, file })).uploadLessonFile;
}
