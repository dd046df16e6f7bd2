/**
 * Data that must not travel in a readable token, and how code names it. A name
 * matches an entry when its words end with the entry's words (`userPassword`,
 * `password_hash` and `hashedPassword` match `password` or `passwordHash`);
 * `passwordResetRequired` does not, and neither does a flag such as `hasPassword`.
 */

/** Default names of sensitive claims: credentials, key material, payment data and national identifiers. */
export const sensitiveClaimNames: readonly string[] = [
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'passwordHash',
  'salt',
  'pin',
  'otp',
  'recoveryCode',
  'recoveryCodes',
  'backupCodes',
  'secret',
  'credential',
  'credentials',
  'apiKey',
  'privateKey',
  'secretKey',
  'signingKey',
  'encryptionKey',
  'securityAnswer',
  'cardNumber',
  'creditCard',
  'ccNumber',
  'cvv',
  'cvc',
  'iban',
  'bankAccount',
  'ssn',
  'socialSecurityNumber',
  'nationalId',
  'nationalInsuranceNumber',
  'taxId',
  'passportNumber',
  'driversLicense',
  'driverLicense',
]

/** First words that make a name a flag or a setting about the data, not the data: `hasPassword`, `isSecret`. */
export const flagPrefixes: readonly string[] = [
  'has',
  'is',
  'was',
  'did',
  'needs',
  'requires',
  'require',
  'should',
  'must',
  'can',
  'allow',
  'show',
  'hide',
  'use',
  'with',
  'without',
  'no',
  'enable',
  'disable',
  'force',
]

/**
 * Words in a variable name that say it holds an account record, whose row has
 * password hashes and similar columns: `user`, `dbUser`, `existingAccount`.
 */
export const accountRecordWords: readonly string[] = [
  'user',
  'account',
  'member',
  'customer',
  'admin',
  'employee',
  'staff',
  'owner',
  'principal',
  'person',
  'patient',
]

/**
 * Methods that fetch one row or document as a whole (Mongoose, Sequelize, Prisma,
 * TypeORM, knex): `await User.findOne({ email })`, `await prisma.user.findUnique({ where })`.
 */
export const rowFetchers: readonly string[] = [
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findById',
  'findByPk',
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'first',
]

/**
 * Driver methods that run SQL (node-postgres, mysql2): their rows are whole only for
 * `SELECT *`, which `wholeRowQuery` recognises in the statement text.
 */
export const sqlQueries: readonly string[] = ['query', 'execute']

/** SQL that returns every column of a table. */
export const wholeRowQuery = /\bselect\s+(?:\w+\.)?\*/iu

/**
 * Methods and query options that choose the columns a fetch returns
 * (`.select('-password')`, Prisma `select` / `omit`, Sequelize `attributes`,
 * MongoDB `projection`): the row then holds only what the code asked for.
 */
export const columnSelectors: readonly string[] = ['select', 'omit', 'attributes', 'projection', 'fields', 'columns', 'exclude']

/** Properties through which a driver's result holds its rows (`result.rows[0]` in node-postgres). */
export const rowContainers: readonly string[] = ['rows']
