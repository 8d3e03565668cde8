import Foundation
import Glossary
import Synchronization
import ThaiText

/// Runs a matcher over many paragraphs on all cores, results in paragraph order.
///
/// Paragraphs are independent, so each task takes the next chunk of paragraphs from a shared
/// counter (a slow or busy core simply takes fewer chunks) and works with its own copy of the
/// matcher whose word breaker has its own libthai handle (`withIndependentWordBreaker()`): no
/// task waits for another's lock. The first task uses the matcher as given.
enum ParallelParagraphs {
  /// Paragraphs per chunk: large enough that taking a chunk costs nothing, small enough that
  /// two tasks finish at about the same time.
  static let chunk = 16

  /// `body(matcher, paragraph)` for each paragraph, in order, on up to `tasks` tasks (default:
  /// the number of active processors).
  static func map<T: Sendable>(
    _ paragraphs: [String], matcher: ThaiTermMatcher, tasks: Int? = nil,
    _ body: @escaping @Sendable (ThaiTermMatcher, String) -> T
  ) async throws -> [T] {
    let chunks = (paragraphs.count + chunk - 1) / chunk
    let workers = max(1, min(tasks ?? ProcessInfo.processInfo.activeProcessorCount, chunks))
    if workers == 1 { return paragraphs.map { body(matcher, $0) } }
    var matchers = [matcher]
    for _ in 1..<workers { matchers.append(try matcher.withIndependentWordBreaker()) }
    let next = ChunkCounter()
    let parts = await withTaskGroup(of: [(Int, [T])].self) { group in
      for worker in matchers {
        group.addTask {
          var done: [(Int, [T])] = []
          while true {
            let c = next.take()
            if c >= chunks { break }
            let range = c * chunk..<min((c + 1) * chunk, paragraphs.count)
            done.append((c, paragraphs[range].map { body(worker, $0) }))
          }
          return done
        }
      }
      var all: [(Int, [T])] = []
      for await part in group { all += part }
      return all
    }
    var out: [T] = []
    out.reserveCapacity(paragraphs.count)
    for (_, results) in parts.sorted(by: { $0.0 < $1.0 }) { out += results }
    return out
  }
}

/// The next chunk index, shared by the tasks of `ParallelParagraphs.map`.
final class ChunkCounter: Sendable {
  private let value = Atomic<Int>(0)

  func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
}
