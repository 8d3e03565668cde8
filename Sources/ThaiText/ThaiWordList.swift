internal import CThai

/// The words of libthai's dictionary (`thbrk.tri`), for asking whether a piece of Thai is an
/// ordinary word (เช่น, ปกป้อง, ข้อ) rather than an unknown string such as a new name.
///
/// libthai's dictionary holds many transliterated loanwords and names too (ฮิลลารี, อินเทอร์เน็ต),
/// so membership says "a word Thai already knows", not "not a name".
///
///     let words = try ThaiWordList()
///     words.contains("เช่น")       // true
///     words.contains("แซนเดอร์ส")  // false
public final class ThaiWordList: @unchecked Sendable {
  // Only read after init (trie_retrieve does not change the trie), so sharing is safe.
  private let trie: OpaquePointer

  /// Opens the dictionary at `path` (default `ThaiDictionary.basePath()`).
  ///
  /// - Throws: `WordBreakerError` when it is missing or not a libdatrie file.
  public init(path: String? = nil) throws(WordBreakerError) {
    let resolved: String
    if let path { resolved = path } else { resolved = try ThaiDictionary.basePath() }
    trie = try ThaiDictionary.loadTrie(resolved)
  }

  deinit { trie_free(trie) }

  /// Whether `word` is one word of the dictionary, exactly.
  public func contains(_ word: some StringProtocol) -> Swift.Bool {
    var key = word.unicodeScalars.map { AlphaChar($0.value) }
    guard !key.isEmpty else { return false }
    key.append(0)
    var data: TrieData = 0
    return trie_retrieve(trie, key, &data) == DA_TRUE
  }
}
