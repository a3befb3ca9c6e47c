import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MeiliCircuit } from '../../src/fallback/MeiliCircuit.ts'

describe('MeiliCircuit', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('passes results through while Meilisearch answers', async () => {
    const circuit = new MeiliCircuit(async () => 'up')
    expect(await circuit.attempt(async () => 42)).toEqual({ ok: true, value: 42 })
    expect(circuit.mode).toBe('normal')
  })

  it('opens on an error, then skips Meilisearch until a probe succeeds', async () => {
    let up = false
    const probe = vi.fn(async () => {
      if (!up) throw new Error('connection refused')
    })
    const circuit = new MeiliCircuit(probe, { probeIntervalMs: 1_000 })
    expect(await circuit.attempt(() => Promise.reject(new Error('connection refused')))).toEqual({ ok: false })
    expect(circuit.mode).toBe('degraded')

    const call = vi.fn(async () => 1)
    expect(await circuit.attempt(call)).toEqual({ ok: false })
    expect(call).not.toHaveBeenCalled()

    await vi.advanceTimersByTimeAsync(1_000)
    expect(probe).toHaveBeenCalledTimes(1)
    expect(circuit.mode).toBe('degraded')
    up = true
    await vi.advanceTimersByTimeAsync(1_000)
    expect(probe).toHaveBeenCalledTimes(2)
    expect(circuit.mode).toBe('normal')
    expect(await circuit.attempt(call)).toEqual({ ok: true, value: 1 })
  })

  it('gives up on a call after the timeout, aborting it, and opens', async () => {
    const circuit = new MeiliCircuit(async () => {}, { timeoutMs: 2_000 })
    let aborted = false
    const hanging = (signal: AbortSignal) =>
      new Promise<never>(() => {
        signal.addEventListener('abort', () => (aborted = true))
      })
    const attempt = circuit.attempt(hanging)
    await vi.advanceTimersByTimeAsync(1_999)
    expect(circuit.mode).toBe('normal')
    await vi.advanceTimersByTimeAsync(1)
    expect(await attempt).toEqual({ ok: false })
    expect(aborted).toBe(true)
    expect(circuit.mode).toBe('degraded')
  })

  it('stops probing when stopped', async () => {
    const probe = vi.fn(() => Promise.reject(new Error('down')))
    const circuit = new MeiliCircuit(probe, { probeIntervalMs: 100 })
    await circuit.attempt(() => Promise.reject(new Error('down')))
    await vi.advanceTimersByTimeAsync(250)
    const calls = probe.mock.calls.length
    circuit.stop()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(probe.mock.calls.length).toBe(calls)
  })
})
