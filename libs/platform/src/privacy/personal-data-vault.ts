import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { KeyStore } from '@ia/kernel';

const PREFIX = 'pii:v1';
const ALGORITHM = 'aes-256-gcm';

/** Shown instead of personal data whose key was erased. */
export const ERASED = '〔已删除 erased〕';

/**
 * Personal data is stored in events only as ciphertext under the person's own key. Erasure deletes the
 * key: the events stay as they were (the hash chain still verifies) and the fields read as erased.
 */
export class PersonalDataVault implements OnApplicationShutdown {
  constructor(private readonly keys: KeyStore & { close?(): Promise<void> }) {}

  async onApplicationShutdown(): Promise<void> {
    await this.keys.close?.();
  }

  async seal(subject: string, value: string): Promise<string> {
    if (!/^[\w.:-]{1,128}$/.test(subject)) throw new Error('A data subject id must be a plain identifier');
    const key = await this.keys.create(subject, randomBytes(32));
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key, iv);
    cipher.setAAD(Buffer.from(subject));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return [PREFIX, subject, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
  }

  /** Plain text for sealed values whose key exists, ERASED where it was erased; other values pass through. */
  async open(value: string): Promise<string> {
    if (!isSealed(value)) return value;
    const [, , subject, iv, tag, data] = value.split(':') as [string, string, string, string, string, string];
    const key = await this.keys.find(subject);
    if (!key) return ERASED;
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(subject));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  erase(subject: string): Promise<boolean> {
    return this.keys.erase(subject);
  }

  isErased(subject: string): Promise<boolean> {
    return this.keys.isErased(subject);
  }
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${PREFIX}:`) && value.split(':').length === 6;
}

/** 13812345678 -> 138****5678: enough to recognise a number without disclosing it. */
export function maskPhone(phone: string): string {
  if (phone === ERASED) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(phone.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** 张三丰 -> 张** : the family name only. */
export function maskName(name: string): string {
  if (name === ERASED) return name;
  const characters = [...name];
  return characters.length <= 1 ? '*' : `${characters[0] ?? ''}${'*'.repeat(characters.length - 1)}`;
}

/** 430381197502030020 -> 430381********0020: the region and the last digits, never the birth date. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber === ERASED) return idNumber;
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
