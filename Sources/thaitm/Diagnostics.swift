import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Messages for people: always to stderr, never mixed with results on stdout.
enum Diagnostics {
  /// Writes `thaitm: warning: message` to stderr.
  static func warning(_ message: String) {
    write("thaitm: warning: \(message)\n")
  }

  /// Writes `thaitm: message` to stderr.
  static func note(_ message: String) {
    write("thaitm: \(message)\n")
  }

  /// Writes raw text to stderr.
  static func write(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 { break }
        offset += n
      }
    }
  }

  /// Whether stderr is a terminal (for progress bars and colour).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
  /// Whether stdout is a terminal (for colour).
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}

/// A job that could not be done (exit 2): its description is the whole message, `path:line: …`.
struct JobFailed: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

