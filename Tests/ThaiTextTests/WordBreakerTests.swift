import Foundation
import Testing
import ThaiText

struct WordBreakerTests {
  static let cache = NSTemporaryDirectory() + "thaitm-test-" + UUID().uuidString

  @Test func addedWordsBecomeWords() throws {
    let plain = try WordBreaker()
    #expect(plain.words(in: "นายคิม จองอึนกล่าว") == ["นาย", "คิม", " ", "จอง", "อึน", "กล่าว"])
    let breaker = try WordBreaker(adding: ["คูร์สก์", "คิม จองอึน"], cacheDirectory: Self.cache)
    #expect(breaker.words(in: "ภูมิภาคคูร์สก์ซึ่งเป็นภูมิภาค") == ["ภูมิภาค", "คูร์สก์", "ซึ่ง", "เป็น", "ภูมิภาค"])
    #expect(breaker.addedWordCount == 3)
    #expect(breaker.words(in: "นายคิม จองอึนกล่าว") == ["นาย", "คิม", " ", "จองอึน", "กล่าว"])
  }

  @Test func theExtendedDictionaryIsCached() throws {
    let directory = Self.cache + "-cached"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = try WordBreaker(adding: ["วลาดิมีร์", "อลาสกา"], cacheDirectory: directory)
    let second = try WordBreaker(adding: ["อลาสกา", "วลาดิมีร์"], cacheDirectory: directory)
    #expect(first.builtDictionary)
    #expect(!second.builtDictionary)
    #expect(first.dictionaryPath == second.dictionaryPath)
    #expect(first.dictionaryPath.hasPrefix(directory + "/thbrk-"))
    let other = try WordBreaker(adding: ["อลาสกา"], cacheDirectory: directory)
    #expect(other.dictionaryPath != first.dictionaryPath)
  }

  @Test func aDamagedCacheIsRebuilt() throws {
    let directory = Self.cache + "-damaged"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = try WordBreaker(adding: ["เครมลิน"], cacheDirectory: directory)
    try Data("garbage".utf8).write(to: URL(fileURLWithPath: first.dictionaryPath))
    let second = try WordBreaker(adding: ["เครมลิน"], cacheDirectory: directory)
    #expect(second.builtDictionary)
    #expect(second.dictionaryPath == first.dictionaryPath)
    #expect(second.words(in: "ทำเนียบเครมลินว่า") == ["ทำเนียบ", "เครมลิน", "ว่า"])
  }

  @Test func breaksAreOriginalOffsets() throws {
    let breaker = try WordBreaker(adding: ["ปูติน"], cacheDirectory: Self.cache)
    let text = "ปู\u{200B}ตินจะ"
    // The ZWSP is a writer's break (the ZWSP stays with the word before it); จะ follows ปูติน.
    #expect(breaker.breakOffsets(in: text) == [3, 6])
    #expect(breaker.breaks(in: text).map { text.unicodeScalars.distance(from: text.startIndex, to: $0) } == [3, 6])
    #expect(breaker.words(in: text) == ["ปู\u{200B}", "ติน", "จะ"])
  }

  @Test func missingDictionaryIsAnError() throws {
    let error = try #require(throws: WordBreakerError.self) {
      _ = try WordBreaker(adding: ["คิม"], dictionary: "/nonexistent/thbrk.tri", cacheDirectory: Self.cache)
    }
    #expect(error.kind == .unreadableDictionary)
    #expect(error.description.hasPrefix("/nonexistent/thbrk.tri: "))
  }

  @Test func garbageDictionaryIsAnError() throws {
    let path = NSTemporaryDirectory() + "thaitm-garbage-" + UUID().uuidString + ".tri"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("not a trie".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: WordBreakerError.self) { _ = try WordBreaker(dictionary: path) }
    #expect(throws: WordBreakerError.self) {
      _ = try WordBreaker(adding: ["คิม"], dictionary: path, cacheDirectory: Self.cache)
    }
  }

  @Test func usableFromManyTasks() async throws {
    let breaker = try WordBreaker(adding: ["คูร์สก์"], cacheDirectory: Self.cache)
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask { (0..<50).reduce(0) { n, _ in n + breaker.words(in: "ภูมิภาคคูร์สก์ซึ่งเป็นภูมิภาค").count } }
      }
      return await group.reduce(0, +)
    }
    #expect(counts == 8 * 50 * 5)
  }
}

func fixture(_ name: String) throws -> String {
  try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
}

struct ThaiWordListTests {
  @Test func knowsOrdinaryWordsAndNotNewNames() throws {
    let words = try ThaiWordList()
    #expect(words.contains("เช่น") && words.contains("ปกป้อง") && words.contains("เวลา"))
    #expect(!words.contains("แซนเดอร์ส") && !words.contains("เซเลนสกี"))
    #expect(!words.contains("") && !words.contains("Putin"))
  }

  @Test func aMissingDictionaryIsAnErrorNamingIt() {
    #expect(throws: WordBreakerError.self) { try ThaiWordList(path: "/nonexistent/thbrk.tri") }
    do {
      _ = try ThaiWordList(path: "/nonexistent/thbrk.tri")
    } catch {
      #expect(error.description.hasPrefix("/nonexistent/thbrk.tri: "))
    }
  }
}
