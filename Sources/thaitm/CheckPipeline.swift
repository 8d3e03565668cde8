import Align
import Foundation

/// Runs `thaitm check` on all cores while keeping memory bounded: a reader thread cuts the input
/// into batches, each batch is analyzed by its own task (`CheckEngine.analyze` is pure), and the
/// results are recorded and reported in input order.
///
/// Up to `window` analyses run ahead of the one being reported, so the cores stay busy while
/// the consumer records a batch and the reader fills the next. At most `window + 1` batches
/// exist at a time: the reader waits on a semaphore that the consumer signals after reporting
/// a batch, so a fast reader cannot run ahead of the checks.
enum CheckPipeline {
  static let batchSize = 256

  /// Calls `body` with each analyzed pair, in input order.
  ///
  /// - Throws: what reading the input throws (`JobFailed` with `path:line: message`).
  static func run(
    path: String, format: PairFileFormat, engine: CheckEngine,
    _ body: (CheckAnalysis) throws -> Void
  ) async throws {
    let window = max(1, ProcessInfo.processInfo.activeProcessorCount) + 1
    // One engine per analysis that may run at once, each with its own libthai handle: the
    // batch of position n uses engines[n % engines.count], and batch n + engines.count is
    // started only after batch n was reported (at most `window + 1` tasks are pending).
    var engines = [engine]
    for _ in 0..<window { engines.append(try engine.withIndependentWordBreaker()) }
    // Created at 0 and signalled up to its count: libdispatch traps when a semaphore is freed
    // below its initial value, which an error midway (batches taken, never reported) leaves.
    let slots = DispatchSemaphore(value: 0)
    for _ in 0...window { slots.signal() }
    let (batches, continuation) = AsyncThrowingStream<[CheckPair], any Error>.makeStream()
    let reader = Thread {
      do {
        var batch: [CheckPair] = []
        batch.reserveCapacity(batchSize)
        try CheckInput.forEachPair(path: path, format: format) { pair in
          batch.append(pair)
          if batch.count == batchSize {
            slots.wait()
            // The consumer gave up (its report failed): stop reading.
            if case .terminated = continuation.yield(batch) { throw CancellationError() }
            batch.removeAll(keepingCapacity: true)
          }
        }
        if !batch.isEmpty {
          slots.wait()
          continuation.yield(batch)
        }
        continuation.finish()
      } catch {
        continuation.finish(throwing: error)
      }
    }
    reader.stackSize = 8 << 20
    reader.start()
    // Analyses in input order, oldest first (a task keeps its result alive: drop it once
    // reported).
    var pending: [Task<[CheckAnalysis], Never>] = []
    func reportOldest() async throws {
      let task = pending.removeFirst()
      // By index: each analysis is lent to `body`, not copied out of the array (a copy retains
      // every string and array of the pair, and the array's release then releases them again).
      let analyses = await task.value
      for k in analyses.indices { try body(analyses[k]) }
      slots.signal()
    }
    var started = 0
    for try await batch in batches {
      let engine = engines[started % engines.count]
      started += 1
      pending.append(Task.detached { batch.map(engine.analyze) })
      if pending.count > window { try await reportOldest() }
    }
    while !pending.isEmpty { try await reportOldest() }
  }
}
