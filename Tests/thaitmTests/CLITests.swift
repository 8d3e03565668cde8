import Foundation
import Testing

/// Runs the built `thaitm` binary (a few end-to-end tests; most tests are in-process).
func runThaiTM(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
  let binary = productsDirectory.appendingPathComponent("thaitm")
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  let out = Pipe(), err = Pipe(), input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// The seed article's gold sentence pairs (`examples/…tsv`).
let seedTSVPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("examples/putin-kim-2025-08-13.tsv").path

/// A new empty folder under the temporary directory; the caller removes it.
func makeScratchDirectory(_ prefix: String) throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The folder holding the built products (the test bundle sits beside the binary).
var productsDirectory: URL {
  Bundle.module.bundleURL.deletingLastPathComponent()
}

struct CLITests {
  @Test func helpListsEverySubcommand() throws {
    let result = try runThaiTM(["--help"])
    #expect(result.status == 0)
    for name in ["align", "convert", "check", "extend", "terms", "segment", "romanize", "glossary"] {
      #expect(result.stdout.contains(name), "missing \(name)")
    }
  }

  @Test func versionPrints() throws {
    let result = try runThaiTM(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }

  @Test func unknownOptionIsUsageError() throws {
    let result = try runThaiTM(["--no-such-flag"])
    #expect(result.status == 64)
  }

  /// A check or term lookup against a glossary with no terms would pass vacuously: the file is
  /// named. `extend` may be filling a new glossary, so it says nothing.
  @Test func aGlossaryWithNoTermsIsNamedExceptByExtend() throws {
    let dir = try makeScratchDirectory("empty-glossary")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let glossary = dir + "/names.tsv", pairs = dir + "/pairs.tsv"
    try "# a new glossary\n".write(toFile: glossary, atomically: true, encoding: .utf8)
    try "ปูตินพบคิม จองอึนที่มอสโก\tPutin met Kim Jong Un in Moscow.\n".write(toFile: pairs, atomically: true, encoding: .utf8)
    for command in [["check", pairs, "--fail-on", "never"], ["terms", pairs]] {
      let result = try runThaiTM(command + ["-g", glossary])
      #expect(result.status == 0, "\(command[0]): \(result.stderr)")
      #expect(result.stderr.contains("thaitm: warning: \(glossary): no glossary terms in it"), "\(command[0]): \(result.stderr)")
    }
    let extend = try runThaiTM(["extend", pairs, "-g", glossary, "--format", "json"])
    #expect(extend.status == 0 && !extend.stderr.contains("warning"), "\(extend.stderr)")
  }
}
