// The picker's calendar days are the kit's (every plugin's date fields send them the same way).
export { calendarDay, dateOfDay } from '@adal/sdk';
