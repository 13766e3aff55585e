import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The addresses each account signed in from (docs/architecture.md#sign-in-throttle): an attempt from one of them is
 * throttled by the account's own failures there, not by the account's failures everywhere, so failures sent from
 * elsewhere (anyone can send five) no longer lock a person out of the address they work from. The account is its
 * username's digest, as the throttle's keys name it: a password typed as a username is never stored.
 */
export class SignInAddressesKnown1764807340000 implements MigrationInterface {
  name = 'SignInAddressesKnown1764807340000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_known_address (
        account text NOT NULL,
        address text NOT NULL,
        last_signed_in_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (account, address)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_known_address`);
  }
}
