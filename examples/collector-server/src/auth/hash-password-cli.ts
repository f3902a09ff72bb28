import { hashPassword } from './password.js';

// `pnpm run hash-password`: reads a password (typed without echo, or piped) and prints the scrypt hash for
// DASHBOARD_PASSWORD_HASH, so the password itself never sits in the server's environment.
async function readPassword(): Promise<string> {
  const input = process.stdin;
  input.setEncoding('utf8');
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += chunk;
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write('Password (not shown): ');
  input.setRawMode(true);
  let value = '';
  try {
    for await (const chunk of input) {
      for (const char of chunk as string) {
        if (char === '\r' || char === '\n') return value;
        if (char === '\u0003') process.exit(130);
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    }
    return value;
  } finally {
    input.setRawMode(false);
    process.stderr.write('\n');
  }
}

const password = await readPassword();
if (password.length < 12) {
  console.error('npskit: the password needs at least 12 characters');
  process.exit(1);
}
console.log(await hashPassword(password));
process.exit(0);
