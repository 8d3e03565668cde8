import Foundation
import ThaiText

/// The lines of a file read by `TextFile.forEachLine` on a thread of its own and taken one at a
/// time with `next()`: at most `capacity` lines wait between the two. Reading a second time a
/// file already checked, it lets `align` hold only the documents it is working on.
final class LinePipe: @unchecked Sendable {
  private let condition = NSCondition()
  private var waiting: [String] = []
  private var head = 0
  private var ended = false
  private var stopped = false
  /// What stopped the read early (the file changed since it was checked).
  private(set) var failure: TextFileError?
  static let capacity = 256

  init(path: String) {
    let thread = Thread { [self] in
      var failure: TextFileError? = nil
      do {
        try TextFile.forEachLine(path: path) { _, line in
          condition.lock()
          defer { condition.unlock() }
          while waiting.count - head >= Self.capacity && !stopped { condition.wait() }
          if stopped { throw CancellationError() }
          waiting.append(line)
          condition.broadcast()
        }
      } catch let error as TextFileError {
        failure = error
      } catch {}
      condition.lock()
      self.failure = failure
      ended = true
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  /// The next line, nil at the end of the file.
  func next() -> String? {
    condition.lock()
    defer { condition.unlock() }
    while head == waiting.count && !ended { condition.wait() }
    guard head < waiting.count else { return nil }
    let line = waiting[head]
    head += 1
    if head >= Self.capacity {
      waiting.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return line
  }

  /// Lets the reading thread end without reading the rest.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  /// Whether the reading thread has ended, and what stopped it (waits for it).
  func close() -> TextFileError? {
    stop()
    condition.lock()
    defer { condition.unlock() }
    while !ended { condition.wait() }
    return failure
  }
}

/// The pipes opened for one run, closed together at the end.
final class LinePipes: @unchecked Sendable {
  private var pipes: [LinePipe] = []
  private var failure: String?
  private let lock = NSLock()

  /// Records a failure for `check()`.
  func fail(_ message: String) { lock.withLock { failure = failure ?? message } }

  func open(_ path: String) -> LinePipe {
    let pipe = LinePipe(path: path)
    lock.withLock { pipes.append(pipe) }
    return pipe
  }

  /// Stops every read and throws the first failure.
  func check() throws {
    let (all, failure) = lock.withLock { (pipes, self.failure) }
    for pipe in all { if let failure = pipe.close() { throw JobFailed(failure.description) } }
    if let failure { throw JobFailed(failure) }
  }
}
