import { BroadcastChannel } from 'node:worker_threads'

export interface ProgressStream {
  write(text: string): unknown
  readonly isTTY?: boolean
  readonly columns?: number
}

/** Redraws at most this often. */
const interval = 100

/** One line on a terminal, redrawn in place: `jwt-guard: 120/3400 files linted`. */
export class ProgressLine {
  #done = 0
  #lastDraw = 0
  #drawn = false

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly label: string,
  ) {}

  get done(): number {
    return this.#done
  }

  tick(): void {
    this.#done = Math.min(this.#done + 1, this.total)
    if (this.#done === this.total || Date.now() - this.#lastDraw >= interval) this.#draw()
  }

  #draw(): void {
    this.#lastDraw = Date.now()
    const percent = this.total === 0 ? 100 : Math.floor((this.#done / this.total) * 100)
    const text = `jwt-guard: ${this.#done}/${this.total} files linted (${percent}%)${this.label}`
    const width = this.stream.columns || 80
    this.stream.write(`\r${text.slice(0, Math.max(width - 1, 20))}\u001B[K`)
    this.#drawn = true
  }

  start(): void {
    this.#draw()
  }

  /** Shows every file done: worker threads' last reports may still be on their way when linting ends. */
  finish(): void {
    if (this.#done === this.total) return
    this.#done = this.total
    this.#draw()
  }

  /** Erases the line, so that the report starts on a clean line. */
  clear(): void {
    if (this.#drawn) this.stream.write('\r\u001B[K')
  }
}

/** Listens for the files that worker threads report on `name`; returns a function that stops listening. */
export function listenForProgress(name: string, onFile: () => void): () => void {
  const channel = new BroadcastChannel(name)
  channel.onmessage = () => onFile()
  return () => channel.close()
}
