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
  /// scalars only; sorted, without duplicates.
  public static func words(of terms: some Sequence<String>) -> [String] {
    var set = Set<String>()
    for term in terms {
      var word = String.UnicodeScalarView()
      func flush() {
        if word.count > 1 { set.insert(String(word)) }
        word = String.UnicodeScalarView()
      }
      for value in NormalizedText(term).scalars {
        if ThaiScalar.isLetter(value), let scalar = Unicode.Scalar(value) {
          word.append(scalar)
        } else {
          flush()
        }
      }
      flush()
    }
    return set.sorted()
  }

  /// A dictionary file holding libthai's words plus `words`, built if not cached yet.
  ///
  /// - Parameters:
  ///   - words: words to add (see `words(of:)`); empty means the base dictionary itself.
  ///   - base: the base dictionary (default `basePath()`).
  ///   - cacheDirectory: where to keep the result (default `defaultCacheDirectory()`; the
  ///     temporary directory when that cannot be written).
  /// - Returns: the path of the dictionary to give `th_brk_new`, and whether it was built now.
  /// - Throws: `WordBreakerError` when the base cannot be read or no copy can be written.
  /// - Complexity: a cache hit is a hash of the words and one `stat`; a miss loads the base
  ///   dictionary, stores every word and writes the file (about a second for 70,000 words).
  public static func path(
    adding words: [String], base: String? = nil, cacheDirectory: String? = nil
  ) throws(WordBreakerError) -> (path: String, built: Swift.Bool) {
    let basePath: String
    if let given = base { basePath = given } else { basePath = try Self.basePath() }
    let base = basePath
    var info = stat()
    guard stat(base, &info) == 0 else {
      throw WordBreakerError(.unreadableDictionary, path: base, String(cString: strerror(errno)))
    }
    if words.isEmpty { return (base, false) }
    var hash = FNV1a()
    hash.add(base)
    hash.add("\(info.st_size) \(info.st_mtim.tv_sec)")
    for word in words.sorted() { hash.add(word) }
    let name = "thbrk-\(hash.hex).tri"
    let directories = [cacheDirectory ?? defaultCacheDirectory(), temporaryDirectory() + "/thaitm-\(getuid())"]
    for directory in directories {
      let path = directory + "/" + name
      if access(path, R_OK) == 0 { return (path, false) }
    }
    let trie = try loadTrie(base)
    defer { trie_free(trie) }
    for word in words {
      var key = word.unicodeScalars.map { AlphaChar($0.value) }
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
