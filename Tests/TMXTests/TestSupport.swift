import Foundation
import TMX
import Testing

/// The path of a fixture under `Fixtures/`.
func fixture(_ name: String) throws -> String {
  try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
}

/// A fresh empty directory under the temp directory; remove it with `removeDirectory`.
func makeTemporaryDirectory() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("tmxtests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

func removeDirectory(_ path: String) {
  try? FileManager.default.removeItem(atPath: path)
}

/// Every unit of a TMX file, with its header.
func readAll(_ path: String) throws -> (header: TMXHeader, units: [TranslationUnit]) {
  var reader = try TMXReader(path: path)
  var units: [TranslationUnit] = []
  while let unit = try reader.next() { units.append(unit) }
  return (reader.header, units)
}

/// Every unit of TMX bytes in memory.
func readAll(bytes: [UInt8]) throws -> [TranslationUnit] {
  var reader = try TMXReader(bytes: bytes, path: "mem.tmx")
  var units: [TranslationUnit] = []
  while let unit = try reader.next() { units.append(unit) }
  return units
}

/// Writes units to `path` and returns the report.
@discardableResult
func write(_ units: [TranslationUnit], to path: String, header: TMXHeader = TMXHeader(creationDate: "20250813T093000Z"))
  throws -> TMXWriteReport
{
  var writer = try TMXWriter(path: path, header: header)
  for unit in units { try writer.append(unit) }
  return try writer.finish()
}

/// A Thai/English unit holding plain text.
func pair(_ th: String, _ en: String, tuid: String? = nil) -> TranslationUnit {
  TranslationUnit(
    tuid: tuid,
    variants: [TranslationVariant(language: "th", text: th), TranslationVariant(language: "en", text: en)])
}

/// The repository root (two folders above this file's folder).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// Runs xmllint on `path` (well-formedness, and validity against the TMX 1.4 DTD when
/// `../shared/ref/tmx14.dtd` is beside the repository); nil when xmllint is not installed.
func xmllint(_ path: String) throws -> (status: Int32, output: String)? {
  let binary = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
  guard let binary else { return nil }
  var arguments = ["--noout", "--nonet"]
  let dtd = repositoryRoot + "/../shared/ref/tmx14.dtd"
  if FileManager.default.fileExists(atPath: dtd) { arguments += ["--dtdvalid", dtd] }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: binary)
  process.arguments = arguments + [path]
  let pipe = Pipe()
  process.standardError = pipe
  process.standardOutput = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
