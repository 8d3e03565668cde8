import Foundation

/// Writes a result file atomically: to a temporary file beside the target, renamed into place
/// only when complete, so a failed or killed run never leaves a half-written file. `-` is stdout.
struct OutputFile {
  /// The target path, or `-`.
  let path: String

  /// Writes `text` (UTF-8).
  func write(_ text: String) throws {
    try write(Data(text.utf8))
  }

  /// Writes `data`.
  func write(_ data: Data) throws {
    if path == "-" {
      FileHandle.standardOutput.write(data)
      return
    }
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))")
    do {
      try data.write(to: temporary)
      if FileManager.default.fileExists(atPath: target.path) {
        // Keep the mode of the file being replaced.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: target.path),
          let mode = attributes[.posixPermissions]
        {
          try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
        }
      }
      guard rename(temporary.path, target.path) == 0 else {
        throw JobFailed("\(path): cannot replace: \(String(cString: strerror(errno)))")
      }
    } catch let error as JobFailed {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw JobFailed("\(path): cannot write: \(error.localizedDescription)")
    }
  }
}
