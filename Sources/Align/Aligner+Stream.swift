#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Aligner {
  /// Aligns documents taken one at a time from `documents`, handing each document's alignment
  /// to `deliver` in input order as soon as it and every document before it are done.
  ///
  /// Both passes need IBM model 1, trained on the first pass's confident beads. It is trained on
  /// a *training prefix*: the first jobs of the input, in order, until they hold
  /// `trainingPairs` confident sentence pairs (or the input ends). Those jobs are held until the
  /// model is trained; after that each document is taken, aligned (both passes) and delivered,
  /// with at most a few jobs per core in flight. An input within the prefix is aligned exactly
  /// as before (the model learned from all of it); a longer one uses the prefix's model, so
  /// memory stops growing with the number of documents. One document is always held whole
  /// (its bead search is linear in its length).
  ///
  /// - Parameters:
  ///   - documents: the documents, read lazily, once.
  ///   - deliver: receives each document's alignment in input order; what it throws stops the
  ///     run (jobs in flight finish, no more are started) and is rethrown.
  /// - Complexity: linear time in the total length; memory bounded by the training prefix, the
  ///   longest document and the jobs in flight.
  public func align<E: Error>(
    streaming documents: some Sequence<DocumentPair>, deliver: (DocumentAlignment) async throws(E) -> Void
  ) async throws(E) {
    var source = JobSource(aligner: self, documents: documents.makeIterator())
    let window = Self.window
    // Phase 1: first passes in job order until the prefix holds the training pairs (`beyond`:
    // the first passes of the jobs already started after it).
    var prefix: [(job: AlignmentJob, first: FirstPass)] = []
    var pairs = 0
    let budget = trainingPairs
    let beyond = await Self.ordered(
      window: window, next: { source.next() }, body: { job in (job, self.firstPass(job)) }
    ) { (item: (job: AlignmentJob, first: FirstPass)) throws(Never) -> Bool in
      prefix.append(item)
      pairs += Self.trainingPairCount(item.first.beads)
      return pairs < budget
    }
    let learned = learn(from: prefix.map(\.first))
    // Phase 2: the held first passes, then every further job (both passes), in order.
    var held: [(job: AlignmentJob, first: FirstPass)?] = prefix + beyond
    prefix = []
    var k = 0
    var pieces: [DocumentAlignment] = []
    var pieceJobs: [AlignmentJob] = []
    func next() -> Work? {
      if k < held.count {
        defer {
          held[k] = nil
          k += 1
        }
        return held[k].map { Work(job: $0.job, first: $0.first) }
      }
      return source.next().map { Work(job: $0, first: nil) }
    }
    _ = try await Self.ordered(window: window, next: next, body: { work in
      let first = work.first ?? self.firstPass(work.job)
      return (work.job, self.secondPass(first, learned, index: work.job.document, name: work.job.pair.name))
    }) { (item: (job: AlignmentJob, result: DocumentAlignment)) throws(E) -> Bool in
      pieces.append(item.result)
      pieceJobs.append(item.job)
      guard item.job.isLast else { return true }
      let document = merge(pieces, of: pieceJobs)
      pieces = []
      pieceJobs = []
      try await deliver(document)
      return true
    }
  }

  /// Jobs in flight (started and not yet handed on in order): sixteen per core, so that a long
  /// document holds back the cores only after they have done many others. A job waiting its
  /// turn holds one document's text and alignment (tens of kilobytes).
  static let window: Int = {
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return 16 * max(2, cores > 0 ? cores : 2)
  }()

  /// How many beads of a first pass IBM model 1 trains on (`RawBead.trainsTranslations`).
  static func trainingPairCount(_ units: [[RawBead]]) -> Int {
    units.reduce(0) { n, beads in
      n + beads.count(where: \.trainsTranslations)
    }
  }

  /// A job of the second phase: with its first pass when it was held from the first phase.
  struct Work: Sendable {
    var job: AlignmentJob
    var first: FirstPass?
  }

  /// Runs `body` over the items `next` gives, on all cores, with at most `window` items started
  /// and not yet consumed, and hands the results to `consume` in item order. Once `consume`
  /// returns false no more items are taken; the results of the items already started are
  /// returned, in order. What `consume` throws stops the run after the started items finish.
  static func ordered<T: Sendable, R: Sendable, E: Error>(
    window: Int, next: () -> T?, body: @escaping @Sendable (T) -> R, consume: (R) async throws(E) -> Bool
  ) async throws(E) -> [R] {
    var failure: E? = nil
    let rest = await withTaskGroup(of: (Int, R).self) { group -> [R] in
      var started = 0
      var consumed = 0
      var ready: [Int: R] = [:]
      var taking = true
      var rest: [R] = []
      while true {
        while taking, started - consumed < window, let item = next() {
          let i = started
          group.addTask { (i, body(item)) }
          started += 1
        }
        guard let (i, r) = await group.next() else { break }
        ready[i] = r
        while let r = ready.removeValue(forKey: consumed) {
          consumed += 1
          guard taking else {
            if failure == nil { rest.append(r) }
            continue
          }
          do throws(E) {
            taking = try await consume(r)
          } catch {
            failure = error
            taking = false
          }
        }
      }
      return rest
    }
    if let failure { throw failure }
    return rest
  }
}

/// The jobs of documents taken one at a time from an iterator (`Aligner.jobs(for:index:)`).
struct JobSource<Documents: IteratorProtocol<DocumentPair>> {
  let aligner: Aligner
  var documents: Documents
  /// The current document's jobs not yet taken, last first.
  var queue: [AlignmentJob] = []
  var taken = 0

  init(aligner: Aligner, documents: Documents) {
    self.aligner = aligner
    self.documents = documents
  }

  mutating func next() -> AlignmentJob? {
    if queue.isEmpty {
      guard let document = documents.next() else { return nil }
      queue = aligner.jobs(for: document, index: taken).reversed()
      taken += 1
    }
    return queue.popLast()
  }
}
