import Align
import Foundation

/// Runs `thaitm check` on all cores while keeping memory bounded: a reader thread cuts the input
/// into batches, the batches are analyzed concurrently (`CheckEngine.analyze` is pure), and the
/// results are recorded and reported in input order.
///
/// At most `inFlight` batches exist at a time: the reader waits on a semaphore that the
/// consumer signals after reporting a batch, so a fast reader cannot run ahead of the checks.
enum CheckPipeline {
  static let batchSize = 256
  static let inFlight = 3

  /// Calls `body` with each analyzed pair, in input order.
  ///
  /// - Throws: what reading the input throws (`JobFailed` with `path:line: message`).
  static func run(
    path: String, format: CheckInputFormat, engine: CheckEngine,
    _ body: (CheckAnalysis) throws -> Void
  ) async throws {
    let slots = DispatchSemaphore(value: inFlight)
    let (batches, continuation) = AsyncThrowingStream<[CheckPair], any Error>.makeStream()
    let reader = Thread {
      do {
        var batch: [CheckPair] = []
        batch.reserveCapacity(batchSize)
        try CheckInput.forEachPair(path: path, format: format) { pair in
          batch.append(pair)
          if batch.count == batchSize {
            slots.wait()
            continuation.yield(batch)
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
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    for try await batch in batches {
      let analyses = await analyze(batch, engine: engine, workers: workers)
      for analysis in analyses { try body(analysis) }
      slots.signal()
    }
  }

  /// Analyzes a batch in `workers` contiguous chunks; returns the analyses in batch order.
  static func analyze(_ batch: [CheckPair], engine: CheckEngine, workers: Int) async -> [CheckAnalysis] {
    let chunk = (batch.count + workers - 1) / workers
    guard workers > 1, batch.count > 16 else { return batch.map(engine.analyze) }
    return await withTaskGroup(of: (Int, [CheckAnalysis]).self) { group in
      for start in stride(from: 0, to: batch.count, by: chunk) {
        let part = Array(batch[start..<min(start + chunk, batch.count)])
        group.addTask { (start, part.map(engine.analyze)) }
      }
      var parts: [(Int, [CheckAnalysis])] = []
      for await part in group { parts.append(part) }
      return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
  }
}
