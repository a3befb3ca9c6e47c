import net from 'node:net'
import { RuntimeError } from './RuntimeError.ts'

/** Resolves when nothing listens on 127.0.0.1:port; otherwise fails with a message that names the service and the fix. */
export async function assertPortFree(port: number, service: string, envVar: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new RuntimeError(
      'PORT_IN_USE',
      `Port ${port} (${service}) is already in use. Stop whatever listens there (\`ss -ltnp 'sport = :${port}'\` shows it) or choose another port with ${envVar}=…`,
    )
  }
}

/** A port the OS just handed out, for throwaway servers in tests. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
