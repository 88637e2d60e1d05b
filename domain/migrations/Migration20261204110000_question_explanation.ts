import { Migration } from '@mikro-orm/migrations';

// A question can say why its right answer is right; the review after a submission shows it when
// the test allows the review.
export class Migration20261204110000_question_explanation extends Migration {

  override name = 'Migration20261204110000_question_explanation';

  override up(): void | Promise<void> {
    this.addSql(`alter table "question" add "explanation" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "question" drop column "explanation";`);
  }

}
