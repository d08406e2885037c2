/** Whose key seals a lead's contact data: one key per lead, so erasing one contact leaves the others readable. */
export function contactSubject(leadId: string): string {
  return `lead-${leadId}`;
}
