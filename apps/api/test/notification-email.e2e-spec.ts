import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import { NotificationMailer } from '../src/modules/realtime/notification-mailer.js';
import { createEdition, createParticipants, organiserToken } from './factories/edition.factory.js';
import { sendRequest } from './factories/meeting.factory.js';
import { createOpportunity } from './factories/opportunity.factory.js';
import { createBusiness, createInvestor } from './factories/profile.factory.js';
import { outboxDrained } from './support/realtime-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Mail {
  to: string[];
  raw: string;
}

// A real SMTP server on a free port; the API sends to it over SMTP with nodemailer.
const inbox: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

let t: TestApp;
let organiser: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  t = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://serumpun.example', mailFrom: 'Serumpun <hello@serumpun.example>' });
  organiser = await organiserToken(t);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const emailOf = async (userId: string) => (await t.sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [userId]))[0].email;

describe('email notifications (SMTP_URL set)', () => {
  it('sends each notification to its owner, in their language, with a link to the app', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [b.id]);
    await sendRequest(t, edition.id, a, b);
    await outboxDrained(t);
    await t.app.get(NotificationMailer).flush();
    const recipient = await emailOf(b.id);
    const mails = inbox.filter((mail) => mail.to.includes(recipient));
    expect(mails).toHaveLength(1);
    expect(mails[0].raw).toMatch(/Subject: Serumpun: New meeting request/);
    expect(mails[0].raw).toContain('https://serumpun.example/meetings');
    expect(mails[0].raw).toMatch(/From: Serumpun <hello@serumpun.example>/);
    const sender = await emailOf(a.id);
    expect(inbox.filter((mail) => mail.to.includes(sender))).toHaveLength(0);
  });

  it('links a new match’s email to the opportunity', async () => {
    const investor = await createInvestor(t.http);
    const business = await createBusiness(t.http);
    const opportunity = await createOpportunity(t.http, business.token);
    await outboxDrained(t);
    await t.app.get(NotificationMailer).flush();
    const mails = inbox.filter((mail) => mail.to.includes(investor.session.user.email));
    expect(mails).toHaveLength(1);
    // Quoted-printable bodies wrap long lines with soft breaks.
    expect(mails[0].raw.replace(/=\r?\n/g, '')).toContain(`https://serumpun.example/opportunities/${opportunity.id}`);
  });

  it('sends a daily digest of the requests waiting for each person\'s answer', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, c] = await createParticipants(t, 3, { editionId: edition.id });
    await sendRequest(t, edition.id, a, c);
    await sendRequest(t, edition.id, b, c);
    await outboxDrained(t);
    await t.app.get(NotificationMailer).flush();
    const recipient = await emailOf(c.id);
    const before = inbox.filter((mail) => mail.to.includes(recipient)).length;
    expect(await t.app.get(NotificationMailer).sendDigest()).toBeGreaterThanOrEqual(1);
    const digests = inbox.filter((mail) => mail.to.includes(recipient)).slice(before);
    expect(digests).toHaveLength(1);
    // Indonesian by default; the subject is encoded, the body names both senders.
    expect(digests[0].raw).toContain(a.fullName);
    expect(digests[0].raw).toContain(b.fullName);
    expect(digests[0].raw).toContain('Permintaan dari');
  });
});
