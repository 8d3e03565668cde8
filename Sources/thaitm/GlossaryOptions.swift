import ArgumentParser
import Foundation
import Glossary

/// `-g/--glossary FILE`, repeatable; without it the glossaries shipped in `glossaries/`.
struct GlossaryOptions: ParsableArguments {
  @Option(
    name: [.customShort("g"), .customLong("glossary")],
    help: ArgumentHelp(
      "Glossary file (TSV, CSV or TBX); repeat for several. Default: the shipped glossaries.",
      valueName: "file"),
    completion: .file())
  var paths: [String] = []

  /// The glossary files that will be read: the given ones, or the shipped ones.
  func resolvedPaths() throws -> [String] {
    if !paths.isEmpty { return paths }
    guard let directory = Self.shippedDirectory() else {
      throw JobFailed(
        "no -g glossary given and the shipped glossaries were not found "
          + "(set THAITM_GLOSSARIES to the glossaries/ folder)")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { [".tsv", ".csv", ".tbx"].contains(where: $0.hasSuffix) }
      .sorted()
    return names.map { directory + "/" + $0 }
  }

  /// Reads and merges every glossary, in order. Rows that cannot be used are skipped, and each
  /// one is named on stderr (`path:line: kind: message`), so that nothing is dropped silently.
  /// A file with no term in it is named too (a check against it would pass vacuously), unless
  /// `emptyIsExpected` (`extend` may be growing a new, empty glossary).
  func load(emptyIsExpected: Bool = false) throws -> Glossary {
    var glossary = Glossary()
    for path in try resolvedPaths() {
      if path == "-" {
        glossary.merge(try Glossary.load(path: path))
        continue
      }
      let document = try GlossaryDocument.load(path: path)
      let skipped = document.issues.filter { $0.severity == .error }
      for issue in skipped.prefix(20) { Diagnostics.warning("\(issue) (row skipped)") }
      if skipped.count > 20 {
        Diagnostics.warning("\(path): \(skipped.count - 20) more rows skipped; run 'thaitm glossary lint \(path)'")
      }
      if document.glossary.concepts.isEmpty, skipped.isEmpty, !emptyIsExpected {
        Diagnostics.warning("\(path): no glossary terms in it")
      }
      glossary.merge(document.glossary)
    }
    return glossary
  }

  /// The shipped `glossaries/` folder: `$THAITM_GLOSSARIES`, then `share/thaitm/glossaries` beside
  /// an installed binary, then the source checkout the binary was built in (`.build/…/thaitm`).
  static func shippedDirectory() -> String? {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    if let env = ProcessInfo.processInfo.environment["THAITM_GLOSSARIES"], !env.isEmpty {
      return env
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    let installed = folder.deletingLastPathComponent().appendingPathComponent("share/thaitm/glossaries")
    if fm.fileExists(atPath: installed.path, isDirectory: &isDirectory), isDirectory.boolValue {
      return installed.path
    }
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("glossaries")
      if fm.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
        fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue
      {
        return candidate.path
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }
}
