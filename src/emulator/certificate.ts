import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface EmulatorCertificate {
  caPem: string;
  /** The CA written to a file, for `NODE_EXTRA_CA_CERTS`. */
  caFile: string;
  serverKey: string;
  serverCert: string;
  /** Removes the CA file. */
  dispose(): Promise<void>;
}

const VALIDITY_DAYS = 30;

/**
 * A throw-away CA and a server certificate it signs for 127.0.0.1 and localhost. EC P-256 keys
 * take about 60 ms for both, measured, so nothing is cached between runs.
 */
export async function createEmulatorCertificate(): Promise<EmulatorCertificate> {
  // Backdated a day so a client whose clock is slightly behind still accepts it.
  const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000);
  const notAfterDate = new Date(Date.now() + VALIDITY_DAYS * 24 * 3600 * 1000);
  const ca = await generate([{ name: 'commonName', value: 'Centaure Graph emulator test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      {
        name: 'keyUsage',
        keyCertSign: true,
        cRLSign: true,
        digitalSignature: true,
        critical: true,
      },
    ],
  });
  const server = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  const directory = await mkdtemp(join(tmpdir(), 'centaure-graph-emulator-'));
  const caFile = join(directory, 'ca.pem');
  await writeFile(caFile, ca.cert, { mode: 0o644 });
  return {
    caPem: ca.cert,
    caFile,
    serverKey: server.private,
    serverCert: server.cert,
    dispose: () => rm(directory, { recursive: true, force: true }),
  };
}
