import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thai word breaks from libthai, with extra words (glossary terms) in its dictionary.
///
/// One libthai handle is shared by every task that uses the breaker: it sits in a `Mutex`, and
/// each call holds the lock only while libthai breaks the text of that call (matchers break
/// short windows, so the lock is held for microseconds). libthai keeps per-handle scratch state
/// during a call, so two calls must never run on one handle at once; a handle per call would
/// reload the dictionary (milliseconds) each time. Callers that break long texts from many
/// tasks can make one `WordBreaker` per task: the dictionary file is cached, so that is cheap.
///
///     let breaker = try WordBreaker(adding: ["คูร์สก์"])
///     breaker.words(in: "ภูมิภาคคูร์สก์")   // ["ภูมิภาค", "คูร์สก์"]
public final class WordBreaker: Sendable {
  private let handle: Mutex<BreakHandle>
  /// The dictionary file libthai reads (the base one, or a cached copy with added words).
  public let dictionaryPath: String
  /// The terms whose words were added.
  private let terms: [String]
  /// How many distinct words the terms add to the base dictionary (computed on demand).
  public var addedWordCount: Int { ThaiDictionary.wordScalars(of: terms).count }
  /// Whether the dictionary with the added words was built by this initializer (a cache miss).
  public let builtDictionary: Bool

  /// A breaker with libthai's dictionary plus the Thai words of `terms`.
  ///
  /// - Parameters:
  ///   - terms: terms whose words to add (split as `ThaiDictionary.words(of:)` says).
  ///   - dictionary: the base dictionary (default: libthai's, see `ThaiDictionary.basePath()`).
  ///   - cacheDirectory: where the extended dictionary is kept
  ///     (default: `ThaiDictionary.defaultCacheDirectory()`).
  /// - Throws: `WordBreakerError` when the dictionary is missing or unreadable, or the extended
  ///   copy cannot be written.
  public init(
    adding terms: some Sequence<String> = [String](), dictionary: String? = nil,
    cacheDirectory: String? = nil
  ) throws(WordBreakerError) {
    let terms = Array(terms)
    var (path, built) = try ThaiDictionary.path(forTerms: terms, base: dictionary, cacheDirectory: cacheDirectory)
    var opened: BreakHandle? = nil
    do {
      opened = try BreakHandle(dictionaryPath: path)
    } catch where !built && !terms.isEmpty {
      // A damaged cached dictionary (another program's, or a full disk): build it again once.
      unlink(path)
      (path, built) = try ThaiDictionary.path(forTerms: terms, base: dictionary, cacheDirectory: cacheDirectory)
      opened = try BreakHandle(dictionaryPath: path)
    }
    guard let handle = opened.take() else {
      throw WordBreakerError(.unreadableDictionary, path: path, "libthai cannot load this dictionary")
    }
    self.handle = Mutex(handle)
    self.terms = terms
    dictionaryPath = path
    builtDictionary = built
  }

  private init(reopening path: String, terms: [String], built: Bool) throws(WordBreakerError) {
    self.handle = Mutex(try BreakHandle(dictionaryPath: path))
    self.terms = terms
    dictionaryPath = path
    builtDictionary = built
  }

  /// A breaker on the same dictionary with its own libthai handle, for another task: calls on
  /// two breakers never wait for each other's lock (parallel matching, one breaker per task).
  ///
  /// - Throws: `WordBreakerError` when the dictionary cannot be loaded again.
  /// - Complexity: loads the dictionary file (milliseconds; no words are added again).
  public func independentCopy() throws(WordBreakerError) -> WordBreaker {
    try WordBreaker(reopening: dictionaryPath, terms: terms, built: builtDictionary)
  }

  /// Break positions that libthai finds in `scalars[range]` (normalized scalar values), as
  /// offsets into `scalars`, ascending, strictly inside `range`.
  ///
  /// - Complexity: libthai's maximal matching, about linear in `range.count`.
  public func breaks(in scalars: [UInt32], range: Range<Int>) -> [Int] {
    var out: [Int] = []
    scalars.withUnsafeBufferPointer { breaks(in: $0, range: range, into: &out) }
    return out
  }

  /// Like `breaks(in:range:)`, but appends the break positions to `out` (a buffer the caller
  /// reuses: no allocation per call).
  public func breaks(in scalars: UnsafeBufferPointer<UInt32>, range: Range<Int>, into out: inout [Int]) {
    let slice = UnsafeBufferPointer(rebasing: scalars[range])
    handle.withLock { $0.breaks(slice, base: range.lowerBound, into: &out) }
  }

  /// Break positions of normalized text, as normalized scalar offsets (0 and the end excluded).
  /// A ZERO WIDTH SPACE the writer put in is a break too, and a run of spaces is a word of its
  /// own (libthai leaves spaces attached to the word before them).
  public func breaks(in text: NormalizedText) -> [Int] {
    let s = text.scalars
    var out = breaks(in: s, range: 0..<s.count)
    var extra = text.breakHints.filter { $0 > 0 && $0 < s.count }
    for i in 1..<max(s.count, 1) where ThaiScalar.isSpace(s[i]) != ThaiScalar.isSpace(s[i - 1]) {
      extra.append(i)
    }
    if !extra.isEmpty { out = Array(Set(out).union(extra)).sorted() }
    return out
  }

  /// Break positions in `text` as Unicode scalar offsets of the original text.
  public func breakOffsets(in text: String) -> [Int] {
    let normalized = NormalizedText(text)
    return breaks(in: normalized).map { normalized.originalScalarOffset($0) }
  }

  /// Break positions in `text` as indices of `text`.
  public func breaks(in text: String) -> [String.Index] {
    let normalized = NormalizedText(text)
    let utf8 = text.utf8
    return breaks(in: normalized).map {
      utf8.index(utf8.startIndex, offsetBy: normalized.originalUTF8Offset($0))
    }
  }

  /// The words of `text` (slices of the original, spaces left as their own pieces).
  public func words(in text: String) -> [Substring] {
    var out: [Substring] = []
    var start = text.startIndex
    for index in breaks(in: text) where index > start {
      out.append(text.unicodeScalars[start..<index].isEmpty ? "" : Substring(text.unicodeScalars[start..<index]))
      start = index
    }
    if start < text.endIndex { out.append(Substring(text.unicodeScalars[start...])) }
    return out
  }
}
