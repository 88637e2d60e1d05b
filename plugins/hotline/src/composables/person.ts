/** A person as hotline views name them: id and full name, nothing more. */
export interface PickablePerson {
  id: string;
  fullName: string;
}
