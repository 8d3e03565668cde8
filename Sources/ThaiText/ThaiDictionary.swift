internal import CThai

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libthai's word-break dictionary, and copies of it with extra words (glossary terms) added.
///
/// The copy is built with libdatrie (`trie_new_from_file`, `trie_store`, `trie_save`) and kept
/// in a cache directory under a name derived from a hash of the base dictionary (path, size,
/// modification time) and the sorted word list, so a glossary is added once and every later run
/// opens the cached file directly.
public enum ThaiDictionary {
  /// Where libthai's `thbrk.tri` is: `$LIBTHAI_DICTDIR` (the variable libthai itself reads), then
  /// the data directories of the usual prefixes (`/usr/share/libthai`, as pkg-config's `libthai`
  /// prefix gives on Debian, `/usr/local/share/libthai`, Homebrew's).
  ///
  /// - Throws: `WordBreakerError` (`.dictionaryNotFound`) naming the places searched.
  public static func basePath() throws(WordBreakerError) -> String {
    var directories: [String] = []
    if let env = getenv("LIBTHAI_DICTDIR"), env.pointee != 0 { directories.append(String(cString: env)) }
    directories += [
      "/usr/share/libthai", "/usr/local/share/libthai", "/opt/homebrew/share/libthai",
      "/usr/lib/x86_64-linux-gnu/libthai",
    ]
    for directory in directories {
      let path = directory + "/thbrk.tri"
      if access(path, R_OK) == 0 { return path }
    }
    throw WordBreakerError(
      .dictionaryNotFound, path: directories.joined(separator: ":"),
      "libthai dictionary thbrk.tri not found (install libthai-data or set LIBTHAI_DICTDIR)")
  }

  /// The directory for dictionaries with added words: `$XDG_CACHE_HOME/thaitm`, else
  /// `~/.cache/thaitm`, else `$TMPDIR/thaitm-<uid>` (or `/tmp`).
  public static func defaultCacheDirectory() -> String {
    if let xdg = getenv("XDG_CACHE_HOME"), xdg.pointee == 0x2F { return String(cString: xdg) + "/thaitm" }
    if let home = getenv("HOME"), home.pointee == 0x2F { return String(cString: home) + "/.cache/thaitm" }
    return temporaryDirectory() + "/thaitm-\(getuid())"
  }

  static func temporaryDirectory() -> String {
    if let tmp = getenv("TMPDIR"), tmp.pointee == 0x2F { return String(cString: tmp) }
    return "/tmp"
  }

  /// The words of `terms` to add to the dictionary: each term normalized and split at spaces,
  /// hyphens and non-Thai characters (คิม จองอึน → คิม, จองอึน), Thai runs of two or more
  /// scalars only; sorted by scalar values, without duplicates.
  public static func words(of terms: some Sequence<String>) -> [String] {
    wordScalars(of: terms).map { word in
      var view = String.UnicodeScalarView()
      for value in word { if let s = Unicode.Scalar(value) { view.append(s) } }
      return String(view)
    }
  }

  /// `words(of:)` as scalar arrays (no `String` hashing or comparison: those normalize).
  static func wordScalars(of terms: some Sequence<String>) -> [[UInt32]] {
    var set = Set<[UInt32]>()
    var word: [UInt32] = []
    for term in terms {
      word.removeAll(keepingCapacity: true)
      for value in NormalizedText.scalars(of: term) {
        if ThaiScalar.isLetter(value) {
          word.append(value)
        } else {
          if word.count > 1 { set.insert(word) }
          word.removeAll(keepingCapacity: true)
        }
      }
      if word.count > 1 { set.insert(word) }
    }
    return set.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// A dictionary file holding libthai's words plus the words of `terms`, built if not cached.
  ///
  /// The cache key is a hash of the base dictionary (path, size, modification time) and of the
  /// terms as given (order-independent), so a cache hit costs one pass over the terms' bytes
  /// and one `access`; the words are extracted only on a miss.
  ///
  /// - Parameters:
  ///   - terms: terms whose words to add (see `words(of:)`); empty means the base dictionary.
  ///   - base: the base dictionary (default `basePath()`).
  ///   - cacheDirectory: where to keep the result (default `defaultCacheDirectory()`; the
  ///     temporary directory when that cannot be written).
  /// - Returns: the path of the dictionary to give `th_brk_new`, and whether it was built now.
  /// - Throws: `WordBreakerError` when the base cannot be read or no copy can be written.
  /// - Complexity: a cache hit is linear in the terms' bytes; a miss loads the base dictionary,
  ///   stores every word and writes the file (about a second for 70,000 words).
  public static func path(
    forTerms terms: [String], base: String? = nil, cacheDirectory: String? = nil
  ) throws(WordBreakerError) -> (path: String, built: Swift.Bool) {
    let basePath: String
    if let given = base { basePath = given } else { basePath = try Self.basePath() }
    let base = basePath
    var info = stat()
    guard stat(base, &info) == 0 else {
      throw WordBreakerError(.unreadableDictionary, path: base, String(cString: strerror(errno)))
    }
    if terms.isEmpty { return (base, false) }
    var header = FNV1a()
    header.add(base)
    header.add("\(info.st_size) \(info.st_mtim.tv_sec) v1")
    // Order-independent: the sum of the terms' hashes.
    var sum: UInt64 = 0
    for term in terms {
      var h = FNV1a()
      h.add(term)
      sum &+= h.value
    }
    header.add("\(terms.count) \(sum)")
    let name = "thbrk-\(header.hex).tri"
    let directories = [cacheDirectory ?? defaultCacheDirectory(), temporaryDirectory() + "/thaitm-\(getuid())"]
    for directory in directories {
      let path = directory + "/" + name
      if access(path, R_OK) == 0 { return (path, false) }
    }
    let trie = try loadTrie(base)
    defer { trie_free(trie) }
    for word in wordScalars(of: terms) {
      var key = word.map { AlphaChar($0) }
      key.append(0)
      // Words outside the dictionary's alphabet are refused by libdatrie: nothing to add.
      _ = trie_store(trie, key, -1)
    }
    var lastError = "no cache directory"
    for directory in directories {
      guard makeDirectories(directory) else {
        lastError = "\(directory): \(String(cString: strerror(errno)))"
        continue
      }
      let path = directory + "/" + name
      let temporary = path + ".tmp-\(getpid())"
      if trie_save(trie, temporary) == 0, rename(temporary, path) == 0 { return (path, true) }
      lastError = "\(path): \(String(cString: strerror(errno)))"
      unlink(temporary)
    }
    throw WordBreakerError(.cannotWriteCache, path: base, "cannot write the extended dictionary: \(lastError)")
  }

  /// Opens a libdatrie file (the caller frees it with `trie_free`).
  static func loadTrie(_ path: String) throws(WordBreakerError) -> OpaquePointer {
    guard access(path, R_OK) == 0 else {
      throw WordBreakerError(.unreadableDictionary, path: path, String(cString: strerror(errno)))
    }
    guard let trie = trie_new_from_file(path) else {
      throw WordBreakerError(.unreadableDictionary, path: path, "not a libdatrie dictionary")
    }
    return trie
  }

  /// `mkdir -p`.
  static func makeDirectories(_ path: String) -> Swift.Bool {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      current += "/" + part
      if mkdir(current, 0o755) != 0 && errno != EEXIST { return false }
    }
    return true
  }
}

/// 64-bit FNV-1a over UTF-8 bytes, with a separator after each string.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value &*= 0x100_0000_01b3
    }
    value ^= 0x0A
    value &*= 0x100_0000_01b3
  }

  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
