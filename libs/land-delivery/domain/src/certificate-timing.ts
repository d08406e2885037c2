import { calendarDaysBetween } from '@ia/reference';

export interface CertificateTiming {
  /** 地证同交: the title certificate was handed over the day the land was delivered. */
  readonly landAndCertificateTogether: boolean;
  /** Days the certificate came after the land; negative when it came first; absent while it is still awaited. */
  readonly certificateDaysAfterDelivery?: number;
}

export function certificateTiming(deliveredOn: string, titleCertificateOn: string | undefined): CertificateTiming {
  if (titleCertificateOn === undefined) return { landAndCertificateTogether: false };
  const days = calendarDaysBetween(deliveredOn, titleCertificateOn);
  return { landAndCertificateTogether: days === 0, certificateDaysAfterDelivery: days };
}
