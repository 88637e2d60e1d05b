import { Migration } from '@mikro-orm/migrations';

// §17.5: the last-day reminder and the overdue notice of a gift's hand-over, each sent once.
export class Migration20261209100000_gift_hand_over_notices extends Migration {

  override name = 'Migration20261209100000_gift_hand_over_notices';

  override up(): void | Promise<void> {
    this.addSql(`alter table "gift_declaration" add column "hand_over_reminded_on" date null, add column "hand_over_escalated_on" date null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "gift_declaration" drop column "hand_over_reminded_on", drop column "hand_over_escalated_on";`);
  }

}
