/// The file formats a glossary can be read from and written to.
public enum GlossaryFormat: String, Sendable, Hashable, CaseIterable {
  /// OmegaT tab-separated: `source<TAB>target<TAB>comment`.
  case tsv
  /// Comma-separated values (RFC 4180), with or without a header.
  case csv
  /// TBX-Basic (TBX v3 read and write, TBX v2 read).
  case tbx

  /// The format a path's extension names: `.tsv/.txt/.utf8/.tab` TSV, `.csv` CSV, `.tbx` TBX
  /// (case-insensitive); `nil` for anything else.
  ///
  ///     GlossaryFormat(path: "names.TSV")  // .tsv
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    switch name[name.index(after: dot)...].lowercased() {
    case "tsv", "txt", "utf8", "tab": self = .tsv
    case "csv": self = .csv
    case "tbx": self = .tbx
    default: return nil
    }
  }
}
