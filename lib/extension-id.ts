/**
 * Public key that fixes the extension id of unpacked and test builds, so that enterprise policy
 * files can target it. Only the public half exists; the Web Store assigns its own id on upload.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA8nDDtkdpCa+UXHS7takCAuyh3ymQ/XO3Lh7T2NLnJu9s3B+5VOAZc9RVYMtm2V7WIEgPYOHXXWSCJtAzcAEDeejzcrVFEuX6NEAntCuwcJERK9COhjSQHZ3ZY9diHwcVC3sXhgQV0uYqf2+R9DD+cQvOT4pOE0QO4wLNDpDJWRQpuHIBY/shzXDvqzGYfck0gpZAeXIMBs/6l/nP7VjwCZnYzqhqSfCDNFoCztRLaRsAHv5u7dTD8mvqAA2j1WNa7rkxRXK4/oWTyuCp8MPzbHu9Hzp237MeP9XrNA8cLvKoynzud7Rrb0NdNKa34uzmepCMsN9/aQYkmsBHCvq7HwIDAQAB';
/** The id Chromium derives from {@link EXTENSION_KEY}. Checked by a unit test. */
export const EXTENSION_ID = 'pmnnbadabgmfhabeekgaippkbcpndacf';
