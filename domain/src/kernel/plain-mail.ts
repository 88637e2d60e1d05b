/** A plain-text e-mail a use case composes, ready for any transport (the gateway sends it). */
export interface PlainMail {
  to: string;
  subject: string;
  text: string;
}
