/** The services that publish, and the topic each owns: `ia.<service>.v1`. */
export const PUBLISHING_SERVICES = [
  'lead-intake',
  'contract-signing',
  'approvals',
  'land-delivery',
  'construction',
  'commissioning',
] as const;
export type PublishingService = (typeof PUBLISHING_SERVICES)[number];

export function topicOf(service: PublishingService): string {
  return `ia.${service}.v1`;
}

export function deadLetterTopicOf(consumer: string): string {
  return `ia.${consumer}.dlq`;
}

export const TOPICS = {
  leadIntake: topicOf('lead-intake'),
  contractSigning: topicOf('contract-signing'),
  approvals: topicOf('approvals'),
  landDelivery: topicOf('land-delivery'),
  construction: topicOf('construction'),
  commissioning: topicOf('commissioning'),
} as const;
