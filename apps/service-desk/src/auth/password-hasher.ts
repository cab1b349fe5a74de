import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id hashes of passwords; the domain only ever sees the hash. */
@Injectable()
export class PasswordHasher {
  /** A hash of nothing anyone knows, checked when the user does not exist, so both take as long. */
  private readonly decoy = argon2.hash('decoy password that matches nothing');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
