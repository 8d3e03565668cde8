import ArgumentParser
import ThaiText

extension ThaiTM {
  struct Romanize: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "romanize",
      abstract: "Romanize Thai text (RTGS, Royal Institute 1999).",
      discussion: """
        Each TEXT is romanized on its own line; without TEXT, each line of stdin is. Runs of \
        Thai are split into words with libthai's dictionary first (unless --no-words), so that \
        the RTGS rules read each word's syllables; words of one run are written together as RTGS \
        writes compounds (ประเทศไทย → prathetthai), spaces are kept.
        """)

    @Argument(help: "Thai text to romanize (default: lines of stdin).") var text: [String] = []
    @Flag(help: "Do not split runs of Thai into dictionary words first.") var noWords = false

    func run() async throws {
      let breaker = noWords ? nil : try? WordBreaker()
      let romanizer = Romanizer(wordBreaker: breaker)
      if text.isEmpty {
        try TextFile.forEachLine(path: "-") { _, line in
          print(romanizer.romanize(line))
        }
      } else {
        for item in text { print(romanizer.romanize(item)) }
      }
    }
  }
}
